<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppPage</name>
    <message>
        <source>← Back to all apps</source>
        <translation>← Zurück zu allen Apps</translation>
    </message>
    <message>
        <source>Back to all apps</source>
        <translation>Zurück zu allen Apps</translation>
    </message>
    <message>
        <source>Back to all apps (Alt+Left or Esc)</source>
        <translation>Zurück zu allen Apps (Alt+Links oder Esc)</translation>
    </message>
    <message>
        <source>Correct a fact…</source>
        <translation>Angabe korrigieren…</translation>
    </message>
    <message>
        <source>Correct a fact about this app</source>
        <translation>Eine Angabe zu dieser App korrigieren</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Über diese App</translation>
    </message>
    <message>
        <source>Overall:</source>
        <translation>Insgesamt:</translation>
    </message>
    <message>
        <source>{app}: risk profile</source>
        <translation>{app}: Risikoprofil</translation>
    </message>
    <message>
        <source>Minimum age in the app&apos;s terms: {age}</source>
        <translation>Mindestalter laut Nutzungsbedingungen der App: {age}</translation>
    </message>
    <message>
        <source>(elsewhere: {list})</source>
        <translation>(in anderen Ländern: {list})</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translation>Auch bekannt als: {names}</translation>
    </message>
    <message>
        <source>Facts last checked: {date}</source>
        <translation>Angaben zuletzt geprüft: {date}</translation>
    </message>
    <message>
        <source>Your corrections:</source>
        <translation>Ihre Korrekturen:</translation>
    </message>
</context>
<context>
    <name>AppUseDialog</name>
    <message>
        <source>Edit app</source>
        <translation>App bearbeiten</translation>
    </message>
    <message>
        <source>Add an app</source>
        <translation>App hinzufügen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Type the app&apos;s name, e.g. Snapchat</source>
        <translation>Namen der App eingeben, z. B. Snapchat</translation>
    </message>
    <message>
        <source>Child&apos;s user name on the app</source>
        <translation>Benutzername des Kindes in der App</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Will add: {name}</source>
        <translation>Wird hinzugefügt: {name}</translation>
    </message>
    <message>
        <source>Not in the catalogue yet.</source>
        <translation>Noch nicht im Katalog.</translation>
    </message>
</context>
<context>
    <name>AppUsesModel</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Settings you checked</source>
        <translation>Von Ihnen geprüfte Einstellungen</translation>
    </message>
    <message>
        <source>Risk for this child</source>
        <translation>Risiko für dieses Kind</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>{app}, risk {level}</source>
        <translation>{app}, Risiko {level}</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (Ihr eigener Eintrag)</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>noch keine erfasst</translation>
    </message>
</context>
<context>
    <name>AttentionList</name>
    <message>
        <source>Needs your attention</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Nothing needs your attention right now: no talks are due, no contacts are waiting for review and nothing stands out in your children&apos;s apps.</source>
        <translation>Gerade braucht nichts Ihre Aufmerksamkeit: Es sind keine Gespräche fällig, keine Kontakte warten auf Prüfung und in den Apps Ihrer Kinder fällt nichts auf.</translation>
    </message>
    <message>
        <source>Show {count} more…</source>
        <translation>{count} weitere anzeigen…</translation>
    </message>
    <message>
        <source>Show more of the {count} things that also need attention</source>
        <translation>Mehr von den {count} Punkten anzeigen, die auch Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark as done: {subject}</source>
        <translation>Als erledigt markieren: {subject}</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 Stunde später</translation>
    </message>
    <message>
        <source>Snooze for an hour: {subject}</source>
        <translation>In einer Stunde erneut erinnern: {subject}</translation>
    </message>
    <message>
        <source>Open guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Open the guide: {subject}</source>
        <translation>Leitfaden öffnen: {subject}</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Mindestalter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{app}, risk {level}, {status}</source>
        <translation>{app}, Risiko {level}, {status}</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Closed down</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Removed from stores</source>
        <translation>Aus den Stores entfernt</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (eingestellt)</translation>
    </message>
    <message>
        <source> (removed from stores)</source>
        <translation> (aus den Stores entfernt)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Search apps</source>
        <translation>Apps suchen</translation>
    </message>
    <message>
        <source>Search by name, e.g. Snapchat or musical.ly (Ctrl+F)</source>
        <translation>Nach Namen suchen, z. B. Snapchat oder musical.ly (Strg+F)</translation>
    </message>
    <message>
        <source>Apps in the catalogue</source>
        <translation>Apps im Katalog</translation>
    </message>
    <message>
        <source>What each app lets strangers do, with sources. Open an app to see why, and what you can do.</source>
        <translation>Was Fremde in jeder App tun können, mit Quellen. Öffnen Sie eine App, um zu sehen, warum – und was Sie tun können.</translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation>App-Katalog</translation>
    </message>
    <message>
        <source>{n} apps.</source>
        <translation>{n} Apps.</translation>
    </message>
    <message>
        <source>{n} of {total} apps match “{text}”.</source>
        <translation>{n} von {total} Apps passen zu „{text}“.</translation>
    </message>
    <message>
        <source>No app matches “{text}”. Check the spelling, or add it as your own app.</source>
        <translation>Keine App passt zu „{text}“. Prüfen Sie die Schreibweise oder fügen Sie sie als eigene App hinzu.</translation>
    </message>
</context>
<context>
    <name>ChildCardsModel</name>
    <message>
        <source>highest level {level}</source>
        <translation>höchste Stufe {level}</translation>
    </message>
    <message>
        <source>Open {name}&apos;s apps on the Children page</source>
        <translation>Die Apps von {name} auf der Seite „Kinder“ öffnen</translation>
    </message>
    <message>
        <source>{name}, {age}</source>
        <translation>{name}, {age}</translation>
    </message>
    <message>
        <source>No apps recorded yet.</source>
        <translation>Noch keine Apps erfasst.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>Apps: {apps}</source>
        <translation>Apps: {apps}</translation>
    </message>
    <message>
        <source>No contacts to review.</source>
        <translation>Keine Kontakte zu prüfen.</translation>
    </message>
    <message>
        <source>Contacts to review: {count} new</source>
        <translation>Zu prüfende Kontakte: {count} neu</translation>
    </message>
    <message>
        <source>, {count} flagged</source>
        <translation>, {count} markiert</translation>
    </message>
    <message>
        <source>No talk planned.</source>
        <translation>Kein Gespräch geplant.</translation>
    </message>
    <message>
        <source>Next talk: “{topic}”, {when}</source>
        <translation>Nächstes Gespräch: „{topic}“, {when}</translation>
    </message>
    <message>
        <source> (waiting now)</source>
        <translation> (jetzt fällig)</translation>
    </message>
</context>
<context>
    <name>ChildCardsView</name>
    <message>
        <source>Your children</source>
        <translation>Ihre Kinder</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Kind bearbeiten</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Kind hinzufügen</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Name des Kindes</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Vorname oder Spitzname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>&amp;Geboren am:</translation>
    </message>
</context>
<context>
    <name>ChildRiskView</name>
    <message>
        <source>What to do next</source>
        <translation>Was Sie als Nächstes tun können</translation>
    </message>
    <message>
        <source>The chosen app&apos;s risk for this child</source>
        <translation>Das Risiko der gewählten App für dieses Kind</translation>
    </message>
    <message>
        <source>What to do next for {name}</source>
        <translation>Was Sie als Nächstes für {name} tun können</translation>
    </message>
    <message>
        <source>Choose an app to see why</source>
        <translation>Wählen Sie eine App, um zu sehen, warum</translation>
    </message>
    <message>
        <source>Pick one of the apps above to see its risks for this child, and what you can do.</source>
        <translation>Wählen Sie oben eine App, um ihre Risiken für dieses Kind zu sehen – und was Sie tun können.</translation>
    </message>
    <message>
        <source>When you add an app, its risks for this child show here.</source>
        <translation>Wenn Sie eine App hinzufügen, erscheinen hier ihre Risiken für dieses Kind.</translation>
    </message>
    <message>
        <source>{app} for {name}</source>
        <translation>{app} für {name}</translation>
    </message>
    <message>
        <source>These levels take {name}&apos;s age and the settings you checked into account.</source>
        <translation>Diese Stufen berücksichtigen das Alter von {name} und die Einstellungen, die Sie geprüft haben.</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <source>{name}, {age}</source>
        <translation>{name}, {age}</translation>
    </message>
    <message>
        <source>{name}, {age} years old</source>
        <translation>{name}, {age} Jahre alt</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Apps of the chosen child</source>
        <translation>Apps des gewählten Kindes</translation>
    </message>
    <message>
        <source>Add your first child to begin (Ctrl+N).</source>
        <translation>Fügen Sie zu Beginn Ihr erstes Kind hinzu (Strg+N).</translation>
    </message>
    <message>
        <source>{name}, {age} — apps, highest risk first</source>
        <translation>{name}, {age} – Apps, höchstes Risiko zuerst</translation>
    </message>
    <message>
        <source>{name}, {age} — apps</source>
        <translation>{name}, {age} – Apps</translation>
    </message>
    <message>
        <source>Remove {name} and everything recorded for them? This cannot be undone.</source>
        <translation>{name} und alles, was zu diesem Kind erfasst ist, entfernen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove {app} from this child&apos;s apps?</source>
        <translation>{app} aus den Apps dieses Kindes entfernen?</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>How the child knows this person</source>
        <translation>Woher das Kind diese Person kennt</translation>
    </message>
    <message>
        <source>Flag for a talk…</source>
        <translation>Für ein Gespräch markieren…</translation>
    </message>
    <message>
        <source>Flag the chosen contact for a talk</source>
        <translation>Den gewählten Kontakt für ein Gespräch markieren</translation>
    </message>
    <message>
        <source>Details and history of the chosen contact</source>
        <translation>Details und Verlauf des gewählten Kontakts</translation>
    </message>
    <message>
        <source>Known as:</source>
        <translation>Bekannt als:</translation>
    </message>
    <message>
        <source>Choose a person to see their details and history.</source>
        <translation>Wählen Sie eine Person, um Details und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>{name} on {app}</source>
        <translation>{name} auf {app}</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>not in the export</source>
        <translation>nicht im Export</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Warum markiert</translation>
    </message>
    <message>
        <source>Added through</source>
        <translation>Hinzugefügt über</translation>
    </message>
    <message>
        <source>On the list since</source>
        <translation>Auf der Liste seit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>zuerst gesehen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit a person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>App the person is on</source>
        <translation>App, in der die Person ist</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Name the child sees</source>
        <translation>Name, den das Kind sieht</translation>
    </message>
    <message>
        <source>The name shown on the app</source>
        <translation>Der in der App angezeigte Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>User name on the app</source>
        <translation>Benutzername in der App</translation>
    </message>
    <message>
        <source>optional, e.g. @sky_2011</source>
        <translation>freiwillig, z. B. @sky_2011</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>How the child knows this person</source>
        <translation>Woher das Kind diese Person kennt</translation>
    </message>
    <message>
        <source>&amp;Known as:</source>
        <translation>&amp;Bekannt als:</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Type the name the child sees on the app.</source>
        <translation>Geben Sie den Namen ein, den das Kind in der App sieht.</translation>
    </message>
    <message>
        <source>A user name has no spaces: type it as the app shows it.</source>
        <translation>Ein Benutzername enthält keine Leerzeichen: Geben Sie ihn so ein, wie die App ihn zeigt.</translation>
    </message>
    <message>
        <source>There is no app to add the person to.</source>
        <translation>Es gibt keine App, zu der die Person hinzugefügt werden kann.</translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message>
        <source>A&amp;dd a person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Add a person by hand</source>
        <translation>Eine Person von Hand hinzufügen</translation>
    </message>
    <message>
        <source>Edit the chosen person&apos;s name</source>
        <translation>Den Namen der gewählten Person bearbeiten</translation>
    </message>
    <message>
        <source>Remove the chosen person</source>
        <translation>Die gewählte Person entfernen</translation>
    </message>
    <message>
        <source>Export the list as a CSV file</source>
        <translation>Die Liste als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Remove {name} from {child}&apos;s list? The history keeps them, and a later import that still lists them brings them back.</source>
        <translation>{name} von der Liste von {child} entfernen? Der Verlauf behält die Person, und ein späterer Import, in dem sie noch steht, holt sie zurück.</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Export {name}&apos;s list as CSV</source>
        <translation>Liste von {name} als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>CSV-Dateien für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>Saving {count} people…</source>
        <translation>{count} Personen werden gespeichert…</translation>
    </message>
    <message>
        <source>Saved {count} people to {file}.</source>
        <translation>{count} Personen in {file} gespeichert.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>How they know them</source>
        <translation>Woher sie sich kennen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Flagged: {reason}</source>
        <translation>Markiert: {reason}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a fact about {app}</source>
        <translation>Eine Angabe zu {app} korrigieren</translation>
    </message>
    <message>
        <source>What the app can do</source>
        <translation>Was die App kann</translation>
    </message>
    <message>
        <source>{feature} (now: {value})</source>
        <translation>{feature} (derzeit: {value})</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Was Sie festgestellt haben</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>optional, e.g. where you saw it</source>
        <translation>freiwillig, z. B. wo Sie es gesehen haben</translation>
    </message>
    <message>
        <source>If you found that the app works differently, say so here. Your correction is kept, marked as yours, and used for every child.</source>
        <translation>Wenn die App bei Ihnen anders funktioniert, tragen Sie es hier ein. Ihre Korrektur wird gespeichert, als Ihre gekennzeichnet und für alle Kinder verwendet.</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;What you found:</source>
        <translation>&amp;Ihre Feststellung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Remove my correction (use the catalogue&apos;s fact)</source>
        <translation>Meine Korrektur entfernen (Angabe des Katalogs verwenden)</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Where the last backup went</source>
        <translation>Wohin die letzte Sicherung ging</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Backups go to:</source>
        <translation>Sicherungen gehen nach:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>A backup is a copy of your household, still encrypted, with its key file. Keep it on a USB stick or another drive: then a broken disk does not take your notes with it.</source>
        <translation>Eine Sicherung ist eine Kopie Ihrer Familiendaten, weiterhin verschlüsselt, mit ihrer Schlüsseldatei. Bewahren Sie sie auf einem USB-Stick oder einem anderen Laufwerk auf: Dann gehen Ihre Notizen nicht mit einer defekten Festplatte verloren.</translation>
    </message>
    <message>
        <source>Where should FamilyGuard put its backups?</source>
        <translation>Wo soll FamilyGuard seine Sicherungen ablegen?</translation>
    </message>
    <message>
        <source>Backed up to {folder} ({database} and {key}).</source>
        <translation>Gesichert in {folder} ({database} und {key}).</translation>
    </message>
    <message>
        <source>Its key is kept in this computer&apos;s password store (keyring), so it opens only on this computer account.</source>
        <translation>Ihr Schlüssel liegt in der Passwortverwaltung (Schlüsselbund) dieses Computers, daher lässt sie sich nur unter diesem Benutzerkonto öffnen.</translation>
    </message>
    <message>
        <source>It opens with your FamilyGuard passphrase, on any computer.</source>
        <translation>Sie lässt sich mit Ihrem FamilyGuard-Passwort auf jedem Computer öffnen.</translation>
    </message>
    <message>
        <source>To restore it, copy its two files into an empty data folder.</source>
        <translation>Zum Wiederherstellen kopieren Sie ihre beiden Dateien in einen leeren Datenordner.</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the downloaded file</source>
        <translation>Heruntergeladene Datei auswählen</translation>
    </message>
    <message>
        <source>The zip as it came, several part-zips, the unzipped folder, or one file.</source>
        <translation>Die ZIP-Datei so, wie sie kam, mehrere Teil-ZIPs, den entpackten Ordner oder eine einzelne Datei.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Gewählte Dateien</translation>
    </message>
    <message>
        <source>Choose &amp;file(s)…</source>
        <translation>&amp;Datei(en) auswählen…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner auswählen…</translation>
    </message>
    <message>
        <source>Choose an unzipped folder</source>
        <translation>Einen entpackten Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Which app is this list from?</source>
        <translation>&amp;Aus welcher App stammt diese Liste?</translation>
    </message>
    <message>
        <source>App of the CSV list</source>
        <translation>App der CSV-Liste</translation>
    </message>
    <message>
        <source>Choose the data download</source>
        <translation>Datenexport auswählen</translation>
    </message>
    <message>
        <source>Data downloads (*.zip *.json *.js *.txt *.csv);;All files (*)</source>
        <translation>Datenexporte (*.zip *.json *.js *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the unzipped folder</source>
        <translation>Den entpackten Ordner auswählen</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your family&apos;s data never leaves this PC: no account, no cloud, no subscription. Everything you enter is stored encrypted on this computer.</source>
        <translation>Die Daten Ihrer Familie verlassen diesen PC nie: kein Konto, keine Cloud, kein Abo. Alles, was Sie eingeben, wird verschlüsselt auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>FamilyGuard — first start</source>
        <translation>FamilyGuard – erster Start</translation>
    </message>
</context>
<context>
    <name>FriendsFaces</name>
    <message>
        <source>&amp;Import a friend list…</source>
        <translation>Freundesliste &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Friends</source>
        <translation>&amp;Freunde</translation>
    </message>
    <message>
        <source>&amp;New contacts to review</source>
        <translation>&amp;Neue Kontakte prüfen</translation>
    </message>
    <message>
        <source>&amp;Warning signs</source>
        <translation>&amp;Warnzeichen</translation>
    </message>
    <message>
        <source>F&amp;riends</source>
        <translation>F&amp;reunde</translation>
    </message>
    <message>
        <source>Who the chosen child is connected with (Ctrl+4, import with Ctrl+I)</source>
        <translation>Mit wem das gewählte Kind verbunden ist (Strg+4, importieren mit Strg+I)</translation>
    </message>
    <message>
        <source>Warning signs across the family&apos;s contacts (Ctrl+5)</source>
        <translation>Warnzeichen in den Kontakten der ganzen Familie (Strg+5)</translation>
    </message>
    <message>
        <source>Add a child first (Ctrl+N), then import their list.</source>
        <translation>Fügen Sie zuerst ein Kind hinzu (Strg+N), dann importieren Sie seine Liste.</translation>
    </message>
</context>
<context>
    <name>FriendsPage</name>
    <message>
        <source>name changed from “{a}” to “{b}”</source>
        <translation>Name geändert von „{a}“ zu „{b}“</translation>
    </message>
    <message>
        <source>user name changed from @{a} to @{b}</source>
        <translation>Benutzername geändert von @{a} zu @{b}</translation>
    </message>
    <message>
        <source>now on {lists}</source>
        <translation>jetzt auf {lists}</translation>
    </message>
    <message>
        <source>no longer on {lists}</source>
        <translation>nicht mehr auf {lists}</translation>
    </message>
    <message>
        <source>lists changed</source>
        <translation>Listen geändert</translation>
    </message>
    <message>
        <source>marked as: {relation}</source>
        <translation>eingeordnet als: {relation}</translation>
    </message>
    <message>
        <source>no longer on the child&apos;s lists</source>
        <translation>nicht mehr auf den Listen des Kindes</translation>
    </message>
    <message>
        <source>back on the child&apos;s lists</source>
        <translation>wieder auf den Listen des Kindes</translation>
    </message>
    <message>
        <source>flagged: {reason}</source>
        <translation>markiert: {reason}</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>Whose friends</source>
        <translation>Wessen Freunde</translation>
    </message>
    <message>
        <source>Search names and user names…</source>
        <translation>Namen und Benutzernamen durchsuchen…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Show app</source>
        <translation>App anzeigen</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Status anzeigen</translation>
    </message>
    <message>
        <source>New, not reviewed yet</source>
        <translation>Neu, noch nicht geprüft</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Show how they know them</source>
        <translation>Anzeigen, woher sie sich kennen</translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Liste anzeigen</translation>
    </message>
    <message>
        <source>Contacts of the chosen child</source>
        <translation>Kontakte des gewählten Kindes</translation>
    </message>
    <message>
        <source>Mark all new contacts as reviewed</source>
        <translation>Alle neuen Kontakte als geprüft markieren</translation>
    </message>
    <message>
        <source>&amp;Import a friend list…</source>
        <translation>Freundesliste &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a friend list from an app&apos;s data download (Ctrl+I)</source>
        <translation>Eine Freundesliste aus dem Datenexport einer App importieren (Strg+I)</translation>
    </message>
    <message>
        <source>Import a friend list</source>
        <translation>Freundesliste importieren</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Known any way</source>
        <translation>Egal, woher bekannt</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>Alle Listen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>Die Liste wird geladen…</translation>
    </message>
    <message>
        <source>Add a child first (Ctrl+N), then import their friend list.</source>
        <translation>Fügen Sie zuerst ein Kind hinzu (Strg+N), dann importieren Sie seine Freundesliste.</translation>
    </message>
    <message>
        <source>{name}&apos;s friends and followers</source>
        <translation>Freunde und Follower von {name}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} people.</source>
        <translation>{shown} von {total} Personen werden angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Mark all {count} new as reviewed</source>
        <translation>Alle {count} neuen als geprüft &amp;markieren</translation>
    </message>
    <message>
        <source>Marked {count} people as reviewed.</source>
        <translation>{count} Personen als geprüft markiert.</translation>
    </message>
    <message>
        <source>Flag for a talk</source>
        <translation>Für ein Gespräch markieren</translation>
    </message>
    <message>
        <source>Why would you like to talk about {name}? (optional)</source>
        <translation>Warum möchten Sie über {name} sprechen? (freiwillig)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Where to report</source>
        <translation>Wo Sie etwas melden können</translation>
    </message>
    <message>
        <source>Ways to start the conversation</source>
        <translation>So können Sie das Gespräch beginnen</translation>
    </message>
    <message>
        <source>Signs to watch for</source>
        <translation>Anzeichen, auf die Sie achten sollten</translation>
    </message>
    <message>
        <source>If something has happened</source>
        <translation>Wenn etwas passiert ist</translation>
    </message>
    <message>
        <source>Talk guide: {topic} — for {child}</source>
        <translation>Gesprächsleitfaden: {topic} – für {child}</translation>
    </message>
    <message>
        <source>Talk guide</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Your family</source>
        <translation>Ihre Familie</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>Ihre Kinder</translation>
    </message>
    <message>
        <source>Add your first child to begin (Ctrl+N).</source>
        <translation>Fügen Sie zu Beginn Ihr erstes Kind hinzu (Strg+N).</translation>
    </message>
</context>
<context>
    <name>HowtoPage</name>
    <message>
        <source>How to get the data download</source>
        <translation>So bekommen Sie den Datenexport</translation>
    </message>
    <message>
        <source>How to get {app}&apos;s data download</source>
        <translation>So bekommen Sie den Datenexport von {app}</translation>
    </message>
    <message>
        <source>How to get the file</source>
        <translation>So bekommen Sie die Datei</translation>
    </message>
    <message>
        <source>Do this once with your child. Skip it if you already have the file.</source>
        <translation>Machen Sie das einmal gemeinsam mit Ihrem Kind. Überspringen Sie es, wenn Sie die Datei schon haben.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import {name}&apos;s friend list</source>
        <translation>Freundesliste von {name} importieren</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Abgebrochen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>LevelBadge</name>
    <message>
        <source>Risk level: {level}</source>
        <translation>Risikostufe: {level}</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Lock FamilyGuard with a PIN or passphrase?</source>
        <translation>FamilyGuard mit einer PIN oder einem Passwort sperren?</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>Sie können das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;No lock</source>
        <translation>&amp;Keine Sperre</translation>
    </message>
    <message>
        <source>A &amp;PIN (6 digits or more)</source>
        <translation>Eine &amp;PIN (6 Ziffern oder mehr)</translation>
    </message>
    <message>
        <source>A pa&amp;ssphrase</source>
        <translation>Ein Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Yes: ask for the passphrase again after a while without use</source>
        <translation>&amp;Ja: nach einer Weile ohne Nutzung erneut nach dem Passwort fragen</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <source>PIN or passphrase again</source>
        <translation>PIN oder Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Choose it:</source>
        <translation>&amp;Festlegen:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>FamilyGuard is locked</source>
        <translation>FamilyGuard ist gesperrt</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Forgot it?</source>
        <translation>&amp;Vergessen?</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code…</source>
        <translation>&amp;Wiederherstellungscode verwenden…</translation>
    </message>
    <message>
        <source>Enter the parent PIN to open your family&apos;s data.</source>
        <translation>Geben Sie die Eltern-PIN ein, um die Daten Ihrer Familie zu öffnen.</translation>
    </message>
    <message>
        <source>Enter the parent passphrase to open your family&apos;s data.</source>
        <translation>Geben Sie das Eltern-Passwort ein, um die Daten Ihrer Familie zu öffnen.</translation>
    </message>
    <message>
        <source>Your new PIN or passphrase is set: unlock with it.</source>
        <translation>Ihre neue PIN bzw. Ihr neues Passwort ist festgelegt: Entsperren Sie damit.</translation>
    </message>
</context>
<context>
    <name>LockSettings</name>
    <message>
        <source>Turn the lock &amp;on…</source>
        <translation>Sperre &amp;einschalten…</translation>
    </message>
    <message>
        <source>Turn the lock o&amp;ff…</source>
        <translation>Sperre &amp;ausschalten…</translation>
    </message>
    <message>
        <source>C&amp;hange the PIN or passphrase…</source>
        <translation>PIN oder Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Neuer &amp;Wiederherstellungscode…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes without use before FamilyGuard locks</source>
        <translation>Minuten ohne Nutzung, bevor FamilyGuard sperrt</translation>
    </message>
    <message>
        <source>Lock after this long without &amp;use:</source>
        <translation>Sperren nach so langer Zeit ohne &amp;Nutzung:</translation>
    </message>
    <message>
        <source>Parent lock</source>
        <translation>Elternsperre</translation>
    </message>
    <message>
        <source>The parent lock is off: anyone using this account can open FamilyGuard.</source>
        <translation>Die Elternsperre ist aus: Jeder, der dieses Benutzerkonto nutzt, kann FamilyGuard öffnen.</translation>
    </message>
    <message>
        <source>The parent lock is on: FamilyGuard asks for your PIN.</source>
        <translation>Die Elternsperre ist an: FamilyGuard fragt nach Ihrer PIN.</translation>
    </message>
    <message>
        <source>The parent lock is on: FamilyGuard asks for your passphrase.</source>
        <translation>Die Elternsperre ist an: FamilyGuard fragt nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Turn the parent lock on</source>
        <translation>Elternsperre einschalten</translation>
    </message>
    <message>
        <source>Without a keyring, the lock is the passphrase that protects the data. Enter it:</source>
        <translation>Ohne Schlüsselbund ist die Sperre das Passwort, das die Daten schützt. Geben Sie es ein:</translation>
    </message>
    <message>
        <source>Choose a PIN of 6 digits or more, or a passphrase of 8 characters or more.</source>
        <translation>Wählen Sie eine PIN mit 6 oder mehr Ziffern oder ein Passwort mit 8 oder mehr Zeichen.</translation>
    </message>
    <message>
        <source>Turn the parent lock off</source>
        <translation>Elternsperre ausschalten</translation>
    </message>
    <message>
        <source>Anyone using this account will then be able to open FamilyGuard.</source>
        <translation>Dann kann jeder, der dieses Benutzerkonto nutzt, FamilyGuard öffnen.</translation>
    </message>
    <message>
        <source>Change the PIN or passphrase</source>
        <translation>PIN oder Passwort ändern</translation>
    </message>
    <message>
        <source>Enter the present one, then choose the new one.</source>
        <translation>Geben Sie die bisherige Eingabe ein und wählen Sie dann die neue.</translation>
    </message>
    <message>
        <source>The data stays as it is; only the passphrase that opens it changes.</source>
        <translation>Die Daten bleiben, wie sie sind; nur das Passwort, mit dem sie sich öffnen lassen, ändert sich.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The old recovery code will stop working.</source>
        <translation>Der alte Wiederherstellungscode funktioniert dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Haushalt</translation>
    </message>
    <message>
        <source>&amp;Apps</source>
        <translation>&amp;Apps</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Wechseln &amp;zu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Opening your family&apos;s data…</source>
        <translation>Die Daten Ihrer Familie werden geöffnet…</translation>
    </message>
    <message>
        <source>FamilyGuard — demo family</source>
        <translation>FamilyGuard – Beispielfamilie</translation>
    </message>
    <message>
        <source>This is a made-up demo family, to look around. Your own family&apos;s data is always kept apart from it.</source>
        <translation>Dies ist eine erfundene Beispielfamilie zum Umschauen. Die Daten Ihrer eigenen Familie bleiben immer getrennt davon.</translation>
    </message>
    <message>
        <source>Add &amp;child…</source>
        <translation>&amp;Kind hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit child…</source>
        <translation>Kind &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove child…</source>
        <translation>Kind ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Add &amp;app…</source>
        <translation>&amp;App hinzufügen…</translation>
    </message>
    <message>
        <source>Edit a&amp;pp…</source>
        <translation>App &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve app…</source>
        <translation>App ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Familie</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>&amp;Kinder</translation>
    </message>
    <message>
        <source>App &amp;catalogue</source>
        <translation>App-Kata&amp;log</translation>
    </message>
    <message>
        <source>&amp;Find an app…</source>
        <translation>App &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Talks</source>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <source>&amp;Plan a talk…</source>
        <translation>Gespräch &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>&amp;Kinder</translation>
    </message>
    <message>
        <source>Your children and their apps (Ctrl+1)</source>
        <translation>Ihre Kinder und ihre Apps (Strg+1)</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>Fa&amp;milie</translation>
    </message>
    <message>
        <source>What needs your attention, and each child at a glance (Alt+Home)</source>
        <translation>Was Ihre Aufmerksamkeit braucht, und jedes Kind auf einen Blick (Alt+Pos1)</translation>
    </message>
    <message>
        <source>App ca&amp;talogue</source>
        <translation>App-Ka&amp;talog</translation>
    </message>
    <message>
        <source>Tal&amp;ks</source>
        <translation>Ge&amp;spräche</translation>
    </message>
    <message>
        <source>Talks with the chosen child (Ctrl+3, plan one with Ctrl+T)</source>
        <translation>Gespräche mit dem gewählten Kind (Strg+3, eines planen mit Strg+T)</translation>
    </message>
    <message>
        <source>What each app lets strangers do (Ctrl+2, search with Ctrl+F)</source>
        <translation>Was Fremde in jeder App tun können (Strg+2, suchen mit Strg+F)</translation>
    </message>
    <message>
        <source>Ta&amp;lks</source>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Reminders, start at login, backups (Ctrl+,)</source>
        <translation>Erinnerungen, Start bei der Anmeldung, Sicherungen (Strg+,)</translation>
    </message>
</context>
<context>
    <name>NextStepsModel</name>
    <message>
        <source>Where: {where}</source>
        <translation>Wo: {where}</translation>
    </message>
    <message>
        <source>Talk about: “{title}”</source>
        <translation>Sprechen Sie über: „{title}“</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Talk done</source>
        <translation>Gespräch geführt</translation>
    </message>
    <message>
        <source>Well done for talking with {name} about “{topic}”.</source>
        <translation>Schön, dass Sie mit {name} über „{topic}“ gesprochen haben.</translation>
    </message>
    <message>
        <source>Note for the talk log (optional)</source>
        <translation>Notiz für das Gesprächsprotokoll (freiwillig)</translation>
    </message>
    <message>
        <source>What did you talk about? How did it go? (optional)</source>
        <translation>Worüber haben Sie gesprochen? Wie ist es gelaufen? (freiwillig)</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (freiwillig):</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>FamilyGuard — passphrase</source>
        <translation>FamilyGuard – Passwort</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Verwenden Sie mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>Alle paar Tage</translation>
    </message>
    <message>
        <source>Every few weeks</source>
        <translation>Alle paar Wochen</translation>
    </message>
    <message>
        <source>Every few calendar months</source>
        <translation>Alle paar Kalendermonate</translation>
    </message>
    <message>
        <source>On a weekday</source>
        <translation>An einem Wochentag</translation>
    </message>
    <message>
        <source>Plan a talk with {name}</source>
        <translation>Gespräch mit {name} planen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>&amp;Leitfaden lesen</translation>
    </message>
    <message>
        <source>Read the guide for this topic</source>
        <translation>Den Leitfaden zu diesem Thema lesen</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Alle wie viele</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>The next dates of this talk</source>
        <translation>Die nächsten Termine dieses Gesprächs</translation>
    </message>
    <message>
        <source>&amp;Plan this talk</source>
        <translation>Gespräch &amp;planen</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Wie oft:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Starting on:</source>
        <translation>&amp;Beginnt am:</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>Nächste Termine:</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>Tag(e)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>Woche(n)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>Monat(e)</translation>
    </message>
    <message>
        <source>week(s) on</source>
        <translation>Woche(n) am</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Überfällig</translation>
    </message>
    <message>
        <source>● Due now</source>
        <translation>● Jetzt fällig</translation>
    </message>
    <message>
        <source>◷ Snoozed</source>
        <translation>◷ Verschoben</translation>
    </message>
    <message>
        <source>⏸ Paused</source>
        <translation>⏸ Pausiert</translation>
    </message>
    <message>
        <source>○ Planned</source>
        <translation>○ Geplant</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>— (paused)</source>
        <translation>— (pausiert)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>since {when}</source>
        <translation>seit {when}</translation>
    </message>
    <message>
        <source>Snoozed until {when}</source>
        <translation>Verschoben bis {when}</translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <source>Which app is the friend list from?</source>
        <translation>Aus welcher App stammt die Freundesliste?</translation>
    </message>
    <message>
        <source>FamilyGuard reads the copy of the data that the app itself lets you download.</source>
        <translation>FamilyGuard liest die Kopie der Daten, die Sie bei der App selbst herunterladen können.</translation>
    </message>
    <message>
        <source>App to import from</source>
        <translation>App, aus der importiert wird</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the import will change</source>
        <translation>Was der Import ändern wird</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Zusammenfassung der Änderungen</translation>
    </message>
    <message>
        <source>Changes per list</source>
        <translation>Änderungen je Liste</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Andere Änderungen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>{app} list for {child}: {added} added, {removed} removed, {renamed} renamed, {changed} otherwise updated, {unchanged} unchanged. Nothing is written until you press Import.</source>
        <translation>{app}-Liste für {child}: {added} hinzugefügt, {removed} entfernt, {renamed} umbenannt, {changed} anders geändert, {unchanged} unverändert. Es wird nichts gespeichert, bevor Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>Nothing new: importing changes nothing.</source>
        <translation>Nichts Neues: Der Import ändert nichts.</translation>
    </message>
    <message>
        <source>{app} will be added to {child}&apos;s apps.</source>
        <translation>{app} wird zu den Apps von {child} hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>{dimension}: {level}, reasons and what you can do</source>
        <translation>{dimension}: {level}, Gründe und was Sie tun können</translation>
    </message>
    <message>
        <source>{mark} Nothing found for: {list}.</source>
        <translation>{mark} Nichts gefunden bei: {list}.</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <source>Reading the file</source>
        <translation>Die Datei wird gelesen</translation>
    </message>
    <message>
        <source>Nothing is changed yet: next you will see what the import would change.</source>
        <translation>Noch wird nichts geändert: Als Nächstes sehen Sie, was der Import ändern würde.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>Lesen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>Das Lesen der Datei abbrechen</translation>
    </message>
    <message>
        <source>Reading part {done} of {total}…</source>
        <translation>Teil {done} von {total} wird gelesen…</translation>
    </message>
    <message>
        <source>Comparing with the list FamilyGuard already has…</source>
        <translation>Abgleich mit der Liste, die FamilyGuard schon hat…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>FamilyGuard — recovery code</source>
        <translation>FamilyGuard – Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Write this recovery code down and keep it where the children cannot find it. It is shown only now. With it you can choose a new PIN or passphrase if you forget yours.</source>
        <translation>Schreiben Sie diesen Wiederherstellungscode auf und bewahren Sie ihn dort auf, wo die Kinder ihn nicht finden. Er wird nur jetzt angezeigt. Falls Sie Ihre PIN oder Ihr Passwort vergessen, können Sie damit neue Zugangsdaten wählen.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <source>Time for a talk with {child}{late}</source>
        <translation>Zeit für ein Gespräch mit {child}{late}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 Stunde später</translation>
    </message>
    <message>
        <source>Open guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <source>Risk chart</source>
        <translation>Risikodiagramm</translation>
    </message>
    <message>
        <source>{dimension}: {level}</source>
        <translation>{dimension}: {level}</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>A PIN (6 digits or more)</source>
        <translation>Eine PIN (6 Ziffern oder mehr)</translation>
    </message>
    <message>
        <source>A passphrase</source>
        <translation>Ein Passwort</translation>
    </message>
    <message>
        <source>New PIN or passphrase</source>
        <translation>Neue PIN oder neues Passwort</translation>
    </message>
    <message>
        <source>New PIN or passphrase again</source>
        <translation>Neue PIN oder neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Neu:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no reminder pops up from</source>
        <translation>&amp;Ruhezeiten: keine Erinnerung erscheint von</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhe ab</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Ruhe bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Notification style</source>
        <translation>Art der Benachrichtigung</translation>
    </message>
    <message>
        <source>Full: the child&apos;s name and the topic</source>
        <translation>Vollständig: Name des Kindes und Thema</translation>
    </message>
    <message>
        <source>Private: the topic and the child&apos;s first name only</source>
        <translation>Privat: nur das Thema und der Vorname des Kindes</translation>
    </message>
    <message>
        <source>Tray only: no pop-up, the tray icon says a talk is due</source>
        <translation>Nur im Infobereich: kein Pop-up, das Symbol zeigt, dass ein Gespräch fällig ist</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Start FamilyGuard in the tray when I log &amp;in</source>
        <translation>FamilyGuard bei meiner Anmeldung im Infobereich s&amp;tarten</translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end that differ.</source>
        <translation>Ruhezeiten brauchen einen Beginn und ein Ende, die sich unterscheiden.</translation>
    </message>
    <message>
        <source>Reminders may pop up at any time.</source>
        <translation>Erinnerungen können jederzeit erscheinen.</translation>
    </message>
    <message>
        <source>A talk that comes due between {start} and {end} is shown at {end}.</source>
        <translation>Ein Gespräch, das zwischen {start} und {end} fällig wird, wird um {end} angezeigt.</translation>
    </message>
</context>
<context>
    <name>SignalsModel</name>
    <message>
        <source>Warning sign</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Warning signs across the family</source>
        <translation>Warnzeichen in der ganzen Familie</translation>
    </message>
    <message>
        <source>The people behind the chosen warning sign</source>
        <translation>Die Personen hinter dem gewählten Warnzeichen</translation>
    </message>
    <message>
        <source>{count} things about your children&apos;s contacts are worth a look. None of them proves anything: they are reasons to ask your child.</source>
        <translation>{count} Dinge in den Kontakten Ihrer Kinder sind einen Blick wert. Keines davon beweist etwas: Es sind Anlässe, Ihr Kind zu fragen.</translation>
    </message>
    <message>
        <source>Nothing stands out in your children&apos;s contacts right now.</source>
        <translation>In den Kontakten Ihrer Kinder fällt gerade nichts auf.</translation>
    </message>
    <message>
        <source>How alike they are: {score:g} out of 100.</source>
        <translation>Wie ähnlich sie sich sind: {score:g} von 100.</translation>
    </message>
    <message>
        <source>The people behind it</source>
        <translation>Die Personen dahinter</translation>
    </message>
    <message>
        <source>{who}, on {child}&apos;s {app}: {reason}</source>
        <translation>{who}, bei {app} von {child}: {reason}</translation>
    </message>
    <message>
        <source>Open the child&apos;s Friends page to mark these people as reviewed, say how the child knows them, or flag them for a talk.</source>
        <translation>Öffnen Sie die Seite „Freunde“ des Kindes, um diese Personen als geprüft zu markieren, anzugeben, woher das Kind sie kennt, oder sie für ein Gespräch zu markieren.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until…</source>
        <translation>Später erinnern…</translation>
    </message>
    <message>
        <source>Remind me again on</source>
        <translation>Erneut erinnern am</translation>
    </message>
    <message>
        <source>&amp;Remind me again on:</source>
        <translation>&amp;Erneut erinnern am:</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Später erinnern</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Start at &amp;login</source>
        <translation>Bei der &amp;Anmeldung starten</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Suggested for</source>
        <translation>Vorgeschlagen für</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <source>Planned talks</source>
        <translation>Geplante Gespräche</translation>
    </message>
    <message>
        <source>Talk log</source>
        <translation>Gesprächsprotokoll</translation>
    </message>
    <message>
        <source>Suggested talks</source>
        <translation>Vorgeschlagene Gespräche</translation>
    </message>
    <message>
        <source>&amp;Plan a talk…</source>
        <translation>Gespräch &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <source>Until this &amp;evening</source>
        <translation>Bis heute &amp;Abend</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>Until a date and time &amp;I choose…</source>
        <translation>Bis zu einem Zeitpunkt, den &amp;ich wähle…</translation>
    </message>
    <message>
        <source>S&amp;kip this one</source>
        <translation>Diesmal aus&amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Open &amp;guide</source>
        <translation>Leitfa&amp;den öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>In den Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Später erinnern</translation>
    </message>
    <message>
        <source>Snooze the chosen talk</source>
        <translation>Beim gewählten Gespräch später erinnern</translation>
    </message>
    <message>
        <source>Snooze: 1 hour (Ctrl+Shift+H), this evening, tomorrow, or a time you choose</source>
        <translation>Später erinnern: in 1 Stunde (Strg+Umschalt+H), heute Abend, morgen oder zu einer Zeit Ihrer Wahl</translation>
    </message>
    <message>
        <source>Plan a talk</source>
        <translation>Gespräch planen</translation>
    </message>
    <message>
        <source>Plan a talk (Ctrl+T)</source>
        <translation>Gespräch planen (Strg+T)</translation>
    </message>
    <message>
        <source>Mark the chosen talk as done</source>
        <translation>Das gewählte Gespräch als erledigt markieren</translation>
    </message>
    <message>
        <source>Skip the chosen talk this time</source>
        <translation>Das gewählte Gespräch diesmal auslassen</translation>
    </message>
    <message>
        <source>Pause or resume the chosen talk</source>
        <translation>Das gewählte Gespräch pausieren oder wieder aufnehmen</translation>
    </message>
    <message>
        <source>Remove the chosen plan</source>
        <translation>Den gewählten Plan entfernen</translation>
    </message>
    <message>
        <source>Open the guide for the chosen talk</source>
        <translation>Den Leitfaden für das gewählte Gespräch öffnen</translation>
    </message>
    <message>
        <source>Export this child&apos;s talks to a calendar file</source>
        <translation>Die Gespräche dieses Kindes in eine Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>FamilyGuard suggests these talks because of something it noticed. You decide.</source>
        <translation>FamilyGuard schlägt diese Gespräche vor, weil ihm etwas aufgefallen ist. Sie entscheiden.</translation>
    </message>
    <message>
        <source>Accept the chosen suggestion</source>
        <translation>Den gewählten Vorschlag annehmen</translation>
    </message>
    <message>
        <source>Dismiss the chosen suggestion</source>
        <translation>Den gewählten Vorschlag verwerfen</translation>
    </message>
    <message>
        <source>Add a child to plan talks with them.</source>
        <translation>Fügen Sie ein Kind hinzu, um Gespräche mit ihm zu planen.</translation>
    </message>
    <message>
        <source>Talks with {name}, {age}</source>
        <translation>Gespräche mit {name}, {age}</translation>
    </message>
    <message>
        <source>No talks planned for {name} yet. Plan one with Ctrl+T — short and often works best.</source>
        <translation>Für {name} sind noch keine Gespräche geplant. Planen Sie eines mit Strg+T – kurz und oft wirkt am besten.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <source>Remove the plan “{topic}”? The talks already in the log stay there.</source>
        <translation>Den Plan „{topic}“ entfernen? Die Gespräche, die schon im Protokoll stehen, bleiben dort.</translation>
    </message>
    <message>
        <source>Export talks to a calendar file</source>
        <translation>Gespräche in eine Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>FamilyGuard — your family&apos;s data stays on this PC</source>
        <translation>FamilyGuard – die Daten Ihrer Familie bleiben auf diesem PC</translation>
    </message>
    <message>
        <source>&amp;Open FamilyGuard</source>
        <translation>FamilyGuard ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Upcoming talks</source>
        <translation>Anstehende Gespräche</translation>
    </message>
    <message>
        <source>Snooze all reminders for an hour</source>
        <translation>Alle Erinnerungen um eine Stunde verschieben</translation>
    </message>
    <message>
        <source>Pause reminders for a day</source>
        <translation>Erinnerungen für einen Tag pausieren</translation>
    </message>
    <message>
        <source>FamilyGuard — a talk is due: open FamilyGuard to see it</source>
        <translation>FamilyGuard – ein Gespräch ist fällig: Öffnen Sie FamilyGuard, um es zu sehen</translation>
    </message>
    <message>
        <source>FamilyGuard — {count} talks are due: open FamilyGuard to see them</source>
        <translation>FamilyGuard – {count} Gespräche sind fällig: Öffnen Sie FamilyGuard, um sie zu sehen</translation>
    </message>
    <message>
        <source>FamilyGuard — no talk is due</source>
        <translation>FamilyGuard – kein Gespräch ist fällig</translation>
    </message>
    <message>
        <source>No talks planned in the next two weeks</source>
        <translation>Keine Gespräche in den nächsten zwei Wochen geplant</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
</context>
<context>
    <name>WritingPage</name>
    <message>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Writing the list in one step. It is either all written or not at all.</source>
        <translation>Die Liste wird in einem Schritt gespeichert: ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>The list is being written in one step and cannot be stopped half-way. It takes a moment; you can remove people afterwards on the Friends page.</source>
        <translation>Die Liste wird in einem Schritt gespeichert und lässt sich nicht auf halbem Weg anhalten. Es dauert einen Moment; Personen können Sie danach auf der Seite „Freunde“ entfernen.</translation>
    </message>
    <message>
        <source>Done: {added} added, {removed} removed, {changed} updated, {unchanged} unchanged.</source>
        <translation>Fertig: {added} hinzugefügt, {removed} entfernt, {changed} aktualisiert, {unchanged} unverändert.</translation>
    </message>
    <message>
        <source>Done: the list had nothing new, so nothing was changed.</source>
        <translation>Fertig: Die Liste enthielt nichts Neues, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The list could not be written; nothing was imported.</source>
        <translation>Die Liste konnte nicht gespeichert werden; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>_FirstChild</name>
    <message>
        <source>Your first child</source>
        <translation>Ihr erstes Kind</translation>
    </message>
    <message>
        <source>You can add brothers and sisters afterwards.</source>
        <translation>Geschwister können Sie danach hinzufügen.</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Name des Kindes</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Vorname oder Spitzname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>&amp;Geboren am:</translation>
    </message>
</context>
<context>
    <name>_Passphrase</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Wählen Sie ein Passwort</translation>
    </message>
    <message>
        <source>Keep it somewhere safe: without it the data cannot be opened.</source>
        <translation>Bewahren Sie es sicher auf: Ohne das Passwort lassen sich die Daten nicht öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
</context>
<context>
    <name>_Welcome</name>
    <message>
        <source>Welcome to FamilyGuard</source>
        <translation>Willkommen bei FamilyGuard</translation>
    </message>
    <message>
        <source>FamilyGuard shows what each of your children&apos;s apps lets strangers do, who they are connected with, and reminds you to keep talking with them about staying safe.

</source>
        <translation>FamilyGuard zeigt, was Fremde in den Apps Ihrer Kinder tun können und mit wem Ihre Kinder verbunden sind – und erinnert Sie daran, mit ihnen immer wieder darüber zu sprechen, wie sie sicher bleiben.

</translation>
    </message>
    <message>
        <source>Not ready to enter your own family yet? Look around a made-up family first: it is kept apart from your own data, and this welcome comes back when you are ready.</source>
        <translation>Noch nicht bereit, Ihre eigene Familie einzutragen? Schauen Sie sich zuerst eine erfundene Familie an: Sie bleibt von Ihren eigenen Daten getrennt, und diese Begrüßung erscheint wieder, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>&amp;Try the demo family</source>
        <translation>&amp;Beispielfamilie ausprobieren</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bald</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Wenn Sie Zeit haben</translation>
    </message>
    <message>
        <source>Go to talks</source>
        <translation>Zu den Gesprächen</translation>
    </message>
    <message>
        <source>See the warning sign</source>
        <translation>Warnzeichen ansehen</translation>
    </message>
    <message>
        <source>See the app</source>
        <translation>App ansehen</translation>
    </message>
    <message>
        <source>See flagged contacts</source>
        <translation>Markierte Kontakte ansehen</translation>
    </message>
    <message>
        <source>Review contacts</source>
        <translation>Kontakte prüfen</translation>
    </message>
    <message>
        <source>Go to friends</source>
        <translation>Zu den Freunden</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Closed down — the service no longer exists</source>
        <translation>Eingestellt – den Dienst gibt es nicht mehr</translation>
    </message>
    <message>
        <source>Removed from the app stores — old copies may still work</source>
        <translation>Aus den App-Stores entfernt – ältere Installationen funktionieren eventuell noch</translation>
    </message>
    <message>
        <source>Yes, it has this</source>
        <translation>Ja, das hat sie</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No, it does not</source>
        <translation>Nein, das hat sie nicht</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside FamilyGuard. Your data is safe.

Try again; if it happens again, restart FamilyGuard. The details were written to {log}.</source>
        <translation>In FamilyGuard ist etwas schiefgegangen. Ihre Daten sind sicher.

Versuchen Sie es noch einmal; wenn es wieder passiert, starten Sie FamilyGuard neu. Die Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>folders</name>
    <message>
        <source>No file manager could open {folder}.</source>
        <translation>Kein Dateimanager konnte {folder} öffnen.</translation>
    </message>
    <message>
        <source>Open it yourself from your file manager.</source>
        <translation>Öffnen Sie den Ordner selbst in Ihrem Dateimanager.</translation>
    </message>
</context>
<context>
    <name>friends</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>From school</source>
        <translation>Aus der Schule</translation>
    </message>
    <message>
        <source>Friend they know offline</source>
        <translation>Kennt die Person auch außerhalb des Internets</translation>
    </message>
    <message>
        <source>Only knows them online</source>
        <translation>Kennt die Person nur online</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Noch unklar</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>following</source>
        <translation>folgt</translation>
    </message>
    <message>
        <source>requests received</source>
        <translation>erhaltene Anfragen</translation>
    </message>
    <message>
        <source>requests sent</source>
        <translation>gesendete Anfragen</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>close friends</source>
        <translation>enge Freunde</translation>
    </message>
    <message>
        <source>phone contacts</source>
        <translation>Telefonkontakte</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>A CSV file (a list you typed or saved yourself)</source>
        <translation>Eine CSV-Datei (eine Liste, die Sie selbst geschrieben oder gespeichert haben)</translation>
    </message>
    <message>
        <source>I&apos;m not sure: work it out from the file</source>
        <translation>Ich weiß es nicht: aus der Datei erkennen</translation>
    </message>
    <message>
        <source>On the child&apos;s phone open Instagram → Settings → Accounts Center.</source>
        <translation>Öffnen Sie auf dem Handy des Kindes Instagram → Einstellungen → Kontenübersicht.</translation>
    </message>
    <message>
        <source>Choose “Your information and permissions” → “Download your information”.</source>
        <translation>Wählen Sie „Deine Informationen und Berechtigungen“ → „Deine Informationen herunterladen“.</translation>
    </message>
    <message>
        <source>Pick “Some of your information” and tick only “Followers and following”.</source>
        <translation>Wählen Sie „Einige deiner Informationen“ und haken Sie nur „Follower und gefolgte Personen“ an.</translation>
    </message>
    <message>
        <source>Choose format “JSON” (not HTML) and date range “All time”.</source>
        <translation>Wählen Sie das Format „JSON“ (nicht HTML) und den Zeitraum „Gesamter Zeitraum“.</translation>
    </message>
    <message>
        <source>Instagram emails a link within a few days; download the zip.</source>
        <translation>Instagram schickt innerhalb weniger Tage einen Link per E-Mail; laden Sie die ZIP-Datei herunter.</translation>
    </message>
    <message>
        <source>Open Facebook → Settings → Accounts Center → “Download your information”.</source>
        <translation>Öffnen Sie Facebook → Einstellungen → Kontenübersicht → „Deine Informationen herunterladen“.</translation>
    </message>
    <message>
        <source>Tick only “Friends and followers”.</source>
        <translation>Haken Sie nur „Freunde und Follower“ an.</translation>
    </message>
    <message>
        <source>Download the zip when Facebook says it is ready.</source>
        <translation>Laden Sie die ZIP-Datei herunter, sobald Facebook meldet, dass sie bereit ist.</translation>
    </message>
    <message>
        <source>Sign in with the child at accounts.snapchat.com and open “My Data”.</source>
        <translation>Melden Sie sich gemeinsam mit dem Kind bei accounts.snapchat.com an und öffnen Sie „Meine Daten“.</translation>
    </message>
    <message>
        <source>Tick “Export JSON files” and the “Friends” category.</source>
        <translation>Haken Sie „JSON-Dateien exportieren“ und die Kategorie „Freunde“ an.</translation>
    </message>
    <message>
        <source>Choose “All time” and submit; Snapchat emails a link.</source>
        <translation>Wählen Sie „Gesamter Zeitraum“ und senden Sie ab; Snapchat schickt einen Link per E-Mail.</translation>
    </message>
    <message>
        <source>Download the “mydata” zip.</source>
        <translation>Laden Sie die ZIP-Datei „mydata“ herunter.</translation>
    </message>
    <message>
        <source>In TikTok open Profile → Settings and privacy → Account → “Download your data”.</source>
        <translation>Öffnen Sie in TikTok Profil → Einstellungen und Datenschutz → Konto → „Deine Daten herunterladen“.</translation>
    </message>
    <message>
        <source>Choose “JSON” (not TXT) and “All data”, then request it.</source>
        <translation>Wählen Sie „JSON“ (nicht TXT) und „Alle Daten“ und fordern Sie die Daten an.</translation>
    </message>
    <message>
        <source>After a day or two download the zip from the same screen.</source>
        <translation>Laden Sie die ZIP-Datei nach ein, zwei Tagen auf derselben Seite herunter.</translation>
    </message>
    <message>
        <source>In Discord open User Settings → Data &amp; Privacy → “Request all of my data”.</source>
        <translation>Öffnen Sie in Discord Benutzereinstellungen → Daten &amp; Privatsphäre → „Alle meine Daten anfordern“.</translation>
    </message>
    <message>
        <source>Tick “Account” (it holds the friends list) and submit.</source>
        <translation>Haken Sie „Konto“ an (dort steht die Freundesliste) und senden Sie ab.</translation>
    </message>
    <message>
        <source>Discord emails a link within about a month; download the zip.</source>
        <translation>Discord schickt innerhalb von etwa einem Monat einen Link per E-Mail; laden Sie die ZIP-Datei herunter.</translation>
    </message>
    <message>
        <source>On x.com open Settings → Your account → “Download an archive of your data”.</source>
        <translation>Öffnen Sie auf x.com Einstellungen → Dein Account → „Ein Archiv deiner Daten herunterladen“.</translation>
    </message>
    <message>
        <source>Download the zip when X says it is ready.</source>
        <translation>Laden Sie die ZIP-Datei herunter, sobald X meldet, dass sie bereit ist.</translation>
    </message>
    <message>
        <source>X only gives account numbers, not names: FamilyGuard will show numbers.</source>
        <translation>X liefert nur Kontonummern, keine Namen: FamilyGuard zeigt daher Nummern an.</translation>
    </message>
    <message>
        <source>In Telegram Desktop open Settings → Advanced → “Export Telegram data”.</source>
        <translation>Öffnen Sie in Telegram Desktop Einstellungen → Erweitert → „Telegram-Daten exportieren“.</translation>
    </message>
    <message>
        <source>Tick “Contacts list”, untick everything else, choose “Machine-readable JSON”.</source>
        <translation>Haken Sie „Kontaktliste“ an, alles andere ab, und wählen Sie „Maschinenlesbares JSON“.</translation>
    </message>
    <message>
        <source>Choose the result.json file (or its folder) when the export finishes.</source>
        <translation>Wählen Sie nach dem Export die Datei result.json (oder ihren Ordner).</translation>
    </message>
    <message>
        <source>Save the list as a CSV file (UTF-8) from a spreadsheet program.</source>
        <translation>Speichern Sie die Liste in einer Tabellenkalkulation als CSV-Datei (UTF-8).</translation>
    </message>
    <message>
        <source>The first row names the columns; at least a “name” column is needed.</source>
        <translation>Die erste Zeile benennt die Spalten; mindestens eine Spalte „name“ wird gebraucht.</translation>
    </message>
    <message>
        <source>Choose which app the list is from on the next step.</source>
        <translation>Im nächsten Schritt wählen Sie, aus welcher App die Liste stammt.</translation>
    </message>
    <message>
        <source>Each app lets you download a copy of the child&apos;s data. You only need the friends lists.</source>
        <translation>In jeder App können Sie eine Kopie der Daten des Kindes herunterladen. Sie brauchen nur die Freundeslisten.</translation>
    </message>
    <message>
        <source>Always choose JSON (not HTML) and “All time” when the app asks.</source>
        <translation>Wählen Sie immer JSON (nicht HTML) und „Gesamter Zeitraum“, wenn die App danach fragt.</translation>
    </message>
    <message>
        <source>You can give FamilyGuard the zip as it is, several part-zips, or the unzipped folder.</source>
        <translation>Sie können FamilyGuard die ZIP-Datei so geben, wie sie ist, mehrere Teil-ZIPs oder den entpackten Ordner.</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>FamilyGuard — forgot the PIN or passphrase</source>
        <translation>FamilyGuard – PIN oder Passwort vergessen</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down, then choose a new PIN or passphrase.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie aufgeschrieben haben, und wählen Sie dann eine neue PIN oder ein neues Passwort.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Zu viele falsche Versuche. Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {minutes} min {seconds} s.</source>
        <translation>Zu viele falsche Versuche. Versuchen Sie es in {minutes} min {seconds} s erneut.</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <source>None found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>Kontakt mit Fremden</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Private Nachrichten</translation>
    </message>
    <message>
        <source>Live streaming</source>
        <translation>Livestreaming</translation>
    </message>
    <message>
        <source>Sharing pictures</source>
        <translation>Bilder teilen</translation>
    </message>
    <message>
        <source>Voice and video calls</source>
        <translation>Sprach- und Videoanrufe</translation>
    </message>
    <message>
        <source>Disappearing messages</source>
        <translation>Selbstlöschende Nachrichten</translation>
    </message>
    <message>
        <source>Sharing where they are</source>
        <translation>Standort teilen</translation>
    </message>
    <message>
        <source>Hidden ways to pass messages</source>
        <translation>Versteckte Wege, Nachrichten zu übermitteln</translation>
    </message>
    <message>
        <source>Gifts and money</source>
        <translation>Geschenke und Geld</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Ihre Angabe:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>? Not verified yet — treat with care.</source>
        <translation>? Noch nicht überprüft – mit Vorsicht betrachten.</translation>
    </message>
    <message>
        <source>Where: {where}</source>
        <translation>Wo: {where}</translation>
    </message>
    <message>
        <source>Talk about: “{title}”</source>
        <translation>Sprechen Sie über: „{title}“</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
</context>
<context>
    <name>signals</name>
    <message>
        <source>The same account on several children&apos;s lists</source>
        <translation>Dasselbe Konto auf den Listen mehrerer Kinder</translation>
    </message>
    <message>
        <source>Looks like the same person on two apps</source>
        <translation>Scheinbar dieselbe Person in zwei Apps</translation>
    </message>
    <message>
        <source>Many new contacts at once</source>
        <translation>Viele neue Kontakte auf einmal</translation>
    </message>
    <message>
        <source>Requests from people they may not know</source>
        <translation>Anfragen von Personen, die das Kind vielleicht nicht kennt</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Private account</source>
        <translation>Privates Konto</translation>
    </message>
    <message>
        <source>Who can send messages</source>
        <translation>Wer Nachrichten schicken kann</translation>
    </message>
    <message>
        <source>Live streaming</source>
        <translation>Livestreaming</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>Standortfreigabe</translation>
    </message>
    <message>
        <source>Linked to parent (family pairing)</source>
        <translation>Mit den Eltern verknüpft (Familienkopplung)</translation>
    </message>
    <message>
        <source>Parent approves new contacts</source>
        <translation>Eltern bestätigen neue Kontakte</translation>
    </message>
    <message>
        <source>Can be found by strangers (search, suggestions)</source>
        <translation>Für Fremde auffindbar (Suche, Vorschläge)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>social network</source>
        <translation>soziales Netzwerk</translation>
    </message>
    <message>
        <source>messaging</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>gaming</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>live streaming</source>
        <translation>Livestreaming</translation>
    </message>
    <message>
        <source>random chat</source>
        <translation>Zufallschat</translation>
    </message>
    <message>
        <source>AI chat</source>
        <translation>KI-Chat</translation>
    </message>
    <message>
        <source>video calls</source>
        <translation>Videoanrufe</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>anonymous questions</source>
        <translation>anonyme Fragen</translation>
    </message>
    <message>
        <source>dating-style</source>
        <translation>Dating-artig</translation>
    </message>
    <message>
        <source>Random matching with strangers</source>
        <translation>Zufällige Verbindung mit Fremden</translation>
    </message>
    <message>
        <source>Ways for strangers to find users</source>
        <translation>Wege, auf denen Fremde Nutzer finden</translation>
    </message>
    <message>
        <source>Public profiles</source>
        <translation>Öffentliche Profile</translation>
    </message>
    <message>
        <source>Messages from strangers</source>
        <translation>Nachrichten von Fremden</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Private Nachrichten</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>Gruppeneinladungen</translation>
    </message>
    <message>
        <source>Voice chat</source>
        <translation>Sprachchat</translation>
    </message>
    <message>
        <source>Video chat</source>
        <translation>Videochat</translation>
    </message>
    <message>
        <source>Picture uploads</source>
        <translation>Hochladen von Bildern</translation>
    </message>
    <message>
        <source>Disappearing messages or posts</source>
        <translation>Selbstlöschende Nachrichten oder Beiträge</translation>
    </message>
    <message>
        <source>Anonymous accounts</source>
        <translation>Anonyme Konten</translation>
    </message>
    <message>
        <source>Links to other apps</source>
        <translation>Links zu anderen Apps</translation>
    </message>
    <message>
        <source>Hidden ways to pass messages</source>
        <translation>Versteckte Wege, Nachrichten zu übermitteln</translation>
    </message>
    <message>
        <source>Virtual gifts</source>
        <translation>Virtuelle Geschenke</translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation>In-App-Käufe</translation>
    </message>
    <message>
        <source>Chat with AI characters</source>
        <translation>Chat mit KI-Figuren</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>every {day}</source>
        <translation>jeden {day}</translation>
    </message>
    <message>
        <source>every {n} weeks on {day}</source>
        <translation>alle {n} Wochen am {day}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>alle {n} Tage</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>alle {n} Wochen</translation>
    </message>
    <message>
        <source>every {n} months</source>
        <translation>alle {n} Monate</translation>
    </message>
</context>
</TS>
