"""The import wizard's pages: which app, how to get its data download, which file, reading, preview
(the writing page is in import_writing.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from familyguard.contacts.matching import people_changed
from familyguard.gui.friends_words import list_word
from familyguard.gui.import_people import ChangedPeopleModel
from familyguard.gui.widgets import table

if TYPE_CHECKING:
    from familyguard.gui.import_wizard import ImportWizard

AUTO = ""


def platforms() -> list[tuple[str, str]]:
    """(app id, name) of the apps whose friend lists can be imported, then a CSV file."""
    translate = QCoreApplication.translate
    return [
        ("instagram", "Instagram"),
        ("snapchat", "Snapchat"),
        ("tiktok", "TikTok"),
        ("facebook", "Facebook"),
        ("discord", "Discord"),
        ("x", "X (Twitter)"),
        ("telegram", "Telegram"),
        ("csv", translate("import", "A CSV file (a list you typed or saved yourself)")),
        (AUTO, translate("import", "I'm not sure: work it out from the file")),
    ]


def howto(app: str) -> list[str]:
    """Short, plain steps for requesting an app's data download with the friend lists in it."""
    translate = QCoreApplication.translate
    steps = {
        "instagram": [
            translate("import", "On the child's phone open Instagram → Settings → Accounts Center."),
            translate("import", "Choose “Your information and permissions” → “Download your information”."),
            translate("import", "Pick “Some of your information” and tick only “Followers and following”."),
            translate("import", "Choose format “JSON” (not HTML) and date range “All time”."),
            translate("import", "Instagram emails a link within a few days; download the zip."),
        ],
        "facebook": [
            translate("import", "Open Facebook → Settings → Accounts Center → “Download your information”."),
            translate("import", "Tick only “Friends and followers”."),
            translate("import", "Choose format “JSON” (not HTML) and date range “All time”."),
            translate("import", "Download the zip when Facebook says it is ready."),
        ],
        "snapchat": [
            translate("import", "Sign in with the child at accounts.snapchat.com and open “My Data”."),
            translate("import", "Tick “Export JSON files” and the “Friends” category."),
            translate("import", "Choose “All time” and submit; Snapchat emails a link."),
            translate("import", "Download the “mydata” zip."),
        ],
        "tiktok": [
            translate(
                "import", "In TikTok open Profile → Settings and privacy → Account → “Download your data”."
            ),
            translate("import", "Choose “JSON” (not TXT) and “All data”, then request it."),
            translate("import", "After a day or two download the zip from the same screen."),
        ],
        "discord": [
            translate("import", "In Discord open User Settings → Data & Privacy → “Request all of my data”."),
            translate("import", "Tick “Account” (it holds the friends list) and submit."),
            translate("import", "Discord emails a link within about a month; download the zip."),
        ],
        "x": [
            translate(
                "import", "On x.com open Settings → Your account → “Download an archive of your data”."
            ),
            translate("import", "Download the zip when X says it is ready."),
            translate("import", "X only gives account numbers, not names: FamilyGuard will show numbers."),
        ],
        "telegram": [
            translate("import", "In Telegram Desktop open Settings → Advanced → “Export Telegram data”."),
            translate(
                "import", "Tick “Contacts list”, untick everything else, choose “Machine-readable JSON”."
            ),
            translate("import", "Choose the result.json file (or its folder) when the export finishes."),
        ],
        "csv": [
            translate("import", "Save the list as a CSV file (UTF-8) from a spreadsheet program."),
            translate("import", "The first row names the columns; at least a “name” column is needed."),
            translate("import", "Choose which app the list is from on the next step."),
        ],
    }
    general = [
        translate(
            "import",
            "Each app lets you download a copy of the child's data. You only need the friends lists.",
        ),
        translate("import", "Always choose JSON (not HTML) and “All time” when the app asks."),
        translate(
            "import", "You can give FamilyGuard the zip as it is, several part-zips, or the unzipped folder."
        ),
    ]
    return steps.get(app, general)


class PlatformPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Which app is the friend list from?"))
        self.setSubTitle(
            self.tr("FamilyGuard reads the copy of the data that the app itself lets you download.")
        )
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("App to import from"))
        for app, name in platforms():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, app)
            self.choices.addItem(item)
        self.choices.setCurrentRow(0)
        self.choices.itemDoubleClicked.connect(lambda _item: wizard.next())
        box = QVBoxLayout(self)
        box.addWidget(self.choices)

    def app(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else AUTO

    def choose(self, app: str) -> None:
        for row in range(self.choices.count()):
            if self.choices.item(row).data(Qt.ItemDataRole.UserRole) == app:
                self.choices.setCurrentRow(row)


class HowtoPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAccessibleName(self.tr("How to get the data download"))
        box = QVBoxLayout(self)
        box.addWidget(self.steps)
        box.addStretch(1)

    def initializePage(self) -> None:
        app = self._wizard.platform_page.app()
        name = dict(platforms()).get(app, "")
        self.setTitle(
            self.tr("How to get {app}'s data download").format(app=name)
            if app not in (AUTO, "csv")
            else self.tr("How to get the file")
        )
        self.setSubTitle(self.tr("Do this once with your child. Skip it if you already have the file."))
        items = "".join(f"<li>{step}</li>" for step in howto(app))
        self.steps.setText(f"<ol>{items}</ol>")


class FilesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the downloaded file"))
        self.setSubTitle(self.tr("The zip as it came, several part-zips, the unzipped folder, or one file."))
        self.paths = QListWidget()
        self.paths.setAccessibleName(self.tr("Chosen files"))
        self.files_button = QPushButton(self.tr("Choose &file(s)…"))
        self.files_button.setAccessibleName(self.tr("Choose files"))
        self.files_button.clicked.connect(self._choose_files)
        self.folder_button = QPushButton(self.tr("Choose f&older…"))
        self.folder_button.setAccessibleName(self.tr("Choose an unzipped folder"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.app_label = QLabel(self.tr("&Which app is this list from?"))
        self.csv_app = QComboBox()
        self.csv_app.setAccessibleName(self.tr("App of the CSV list"))
        self.app_label.setBuddy(self.csv_app)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.paths, 1)
        box.addLayout(buttons)
        box.addWidget(self.app_label)
        box.addWidget(self.csv_app)
        box.addWidget(self.note)

    def initializePage(self) -> None:
        csv = self._wizard.platform_page.app() == "csv"
        self.app_label.setVisible(csv)
        self.csv_app.setVisible(csv)
        if csv and not self.csv_app.count():
            mine = {u.app_id for u in self._wizard.fg.household.apps.for_child(self._wizard.child.id)}
            for entry in sorted(self._wizard.fg.catalogue.apps, key=lambda a: (a.id not in mine, a.name)):
                self.csv_app.addItem(entry.name, entry.id)

    def set_paths(self, paths: Sequence[Path]) -> None:
        self.paths.clear()
        for path in paths:
            self.paths.addItem(str(path))
        self.completeChanged.emit()

    def chosen(self) -> list[Path]:
        return [Path(self.paths.item(row).text()) for row in range(self.paths.count())]

    def isComplete(self) -> bool:
        return bool(self.chosen())

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the data download"),
            str(Path.home()),
            self.tr("Data downloads (*.zip *.json *.js *.txt *.csv);;All files (*)"),
        )
        if files:
            self.set_paths([Path(f) for f in files])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the unzipped folder"), str(Path.home())
        )
        if folder:
            self.set_paths([Path(folder)])


class ReadingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Reading the file"))
        self.setSubTitle(self.tr("Nothing is changed yet: next you will see what the import would change."))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Reading progress"))
        self.bar.setRange(0, 0)
        self.status = QLabel(self.tr("Reading…"))
        self.stop_button = QPushButton(self.tr("&Stop reading"))
        self.stop_button.setAccessibleName(self.tr("Stop reading the file"))
        self.stop_button.clicked.connect(wizard.cancel_reading)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stop_button)
        box.addLayout(row)
        box.addStretch(1)

    def initializePage(self) -> None:
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Reading…"))
        self.stop_button.setEnabled(True)
        self._wizard.start_reading()

    def isComplete(self) -> bool:
        return self._wizard.prepared is not None

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if done < total:
            self.status.setText(self.tr("Reading part {done} of {total}…").format(done=done, total=total))
        else:
            self.status.setText(self.tr("Comparing with the list FamilyGuard already has…"))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What the import will change"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the changes"))
        self.table = QTableWidget(0, 7)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(self.tr("Changes per list"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("List"),
                self.tr("In the file"),
                self.tr("Added"),
                self.tr("Removed"),
                self.tr("Renamed"),
                self.tr("Other changes"),
                self.tr("Unchanged"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people = ChangedPeopleModel()
        self.people_view = table(self.people, self.tr("The people the import adds, removes or changes"), 2)
        self.people_view.horizontalHeader().setResizeContentsPrecision(100)  # not 1,000 rows: 0.2 s
        self.people_title = QLabel()
        self.people_title.setBuddy(self.people_view)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table)
        box.addWidget(self.people_title)
        box.addWidget(self.people_view, 1)
        box.addWidget(self.notes)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

    def initializePage(self) -> None:
        prepared = self._wizard.prepared
        assert prepared is not None
        self.counts = self._wizard.counts
        entry = self._wizard.fg.catalogue.get(prepared.app_id)
        fallback = entry.name if entry else prepared.app_id
        child, app = prepared.child.name, prepared.use.name if prepared.use else fallback
        totals = self.counts["total"]
        text = self.tr(
            "{app} list for {child}: {added} added, {removed} removed, {renamed} renamed, "
            "{changed} otherwise updated, {unchanged} unchanged. Nothing is written until you press Import."
        ).format(app=app, child=child, **totals)
        if prepared.plan.empty and prepared.use is None:
            text += " " + self.tr("Nothing new: importing changes nothing.")
        elif prepared.plan.empty:
            text += " " + self.tr(
                "Nothing new since the last import: importing notes that you checked the list today."
            )
        if prepared.use is None and not prepared.plan.empty:
            text += " " + self.tr("{app} will be added to {child}'s apps.").format(app=app, child=child)
        self.summary.setText(text)
        lists = [name for name in self.counts if name != "total"]
        self.table.setRowCount(len(lists))
        for row, name in enumerate(lists):
            values = self.counts[name]
            cells = [list_word(name)] + [
                str(values[k]) for k in ("found", "added", "removed", "renamed", "changed", "unchanged")
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._fit_counts_table()
        self.people.reset(people_changed(prepared.plan))
        count = self.people.rowCount()
        self.people_title.setText(
            self.tr("&Who: 1 person") if count == 1 else self.tr("&Who: {count} people").format(count=count)
        )
        self.people_title.setVisible(count > 0)
        self.people_view.setVisible(count > 0)
        self.notes.setText("\n".join(prepared.parsed.notes))

    def _fit_counts_table(self) -> None:
        """The counts take the height of their rows; the list of people gets the rest of the page."""
        table = self.table
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        frame = 2 * table.frameWidth() + table.horizontalHeader().sizeHint().height()
        table.setMaximumHeight(rows + frame)
