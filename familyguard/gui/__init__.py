"""The desktop face (Qt): windows, dialogs, table models and the tray. Only this package imports Qt."""
