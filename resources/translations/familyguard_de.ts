<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppPage</name>
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
    <name>BackupDialog</name>
    <message>
        <source>FamilyGuard — backing up</source>
        <translation>FamilyGuard — Sicherung</translation>
    </message>
    <message>
        <source>The database copies your household in one step, so a backup cannot be cancelled half-way. On a big household it takes a few seconds.</source>
        <translation>Die Datenbank kopiert Ihren Haushalt in einem Schritt, daher kann eine Sicherung nicht mittendrin abgebrochen werden. Bei einem großen Haushalt dauert sie einige Sekunden.</translation>
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
    <name>ChangedPeopleModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>{now} — was {before}</source>
        <translation>{now} — vorher {before}</translation>
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
        <source>At the last import</source>
        <translation>Beim letzten Import</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No longer on the child&apos;s lists since</source>
        <translation>Nicht mehr auf den Listen des Kindes seit</translation>
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
    <name>ContactsFilterBar</name>
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
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Status anzeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
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
        <source>No longer on their lists</source>
        <translation>Nicht mehr auf den Listen</translation>
    </message>
    <message>
        <source>Changed at the last import</source>
        <translation>Beim letzten Import geändert</translation>
    </message>
    <message>
        <source>Show how they know them</source>
        <translation>Anzeigen, woher sie sich kennen</translation>
    </message>
    <message>
        <source>Known any way</source>
        <translation>Egal, woher bekannt</translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Liste anzeigen</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>Alle Listen</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>id {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Gone since {day}</source>
        <translation>Weg seit {day}</translation>
    </message>
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
        <source>Writing the backup…</source>
        <translation>Die Sicherung wird geschrieben …</translation>
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
        <source>Child:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>Die Liste wird geladen…</translation>
    </message>
    <message>
        <source>Loading {name}&apos;s friends and followers…</source>
        <translation>Freunde und Follower von {name} werden geladen…</translation>
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
        <source>Showing {shown} of {total} people no longer on the lists.</source>
        <translation>{shown} von {total} Personen, die nicht mehr auf den Listen sind, werden angezeigt.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} people the last import changed.</source>
        <translation>{shown} von {total} Personen, die der letzte Import geändert hat, werden angezeigt.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} people.</source>
        <translation>{shown} von {total} Personen werden angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Mark the new ones shown as reviewed</source>
        <translation>Die angezeigten neuen als geprüft &amp;markieren</translation>
    </message>
    <message>
        <source>Mark the new contacts shown as reviewed</source>
        <translation>Die angezeigten neuen Kontakte als geprüft markieren</translation>
    </message>
    <message>
        <source>&amp;Mark all {count} new as reviewed</source>
        <translation>Alle {count} neuen als geprüft &amp;markieren</translation>
    </message>
    <message>
        <source>None of the people shown is new.</source>
        <translation>Keine der angezeigten Personen ist neu.</translation>
    </message>
    <message>
        <source>Marked {count} people as reviewed.</source>
        <translation>{count} Personen als geprüft markiert.</translation>
    </message>
    <message>
        <source>Mark the {count} new people shown as reviewed? The other {rest} new people, hidden by the search or the filters, stay new.</source>
        <translation>Die {count} angezeigten neuen Personen als geprüft markieren? Die anderen {rest} neuen Personen, die durch die Suche oder die Filter ausgeblendet sind, bleiben neu.</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Als geprüft markieren</translation>
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
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Checking the PIN or passphrase</source>
        <translation>PIN oder Passphrase wird geprüft</translation>
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
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft …</translation>
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
        <source>The people the import adds, removes or changes</source>
        <translation>Die Personen, die der Import hinzufügt, entfernt oder ändert</translation>
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
        <source>Nothing new since the last import: importing notes that you checked the list today.</source>
        <translation>Nichts Neues seit dem letzten Import: Der Import vermerkt nur, dass Sie die Liste heute geprüft haben.</translation>
    </message>
    <message>
        <source>{app} will be added to {child}&apos;s apps.</source>
        <translation>{app} wird zu den Apps von {child} hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Who: {count} people</source>
        <translation>&amp;Wer: {count} Personen</translation>
    </message>
    <message>
        <source>&amp;Who: 1 person</source>
        <translation>&amp;Wer: 1 Person</translation>
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
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>FamilyGuard — setting up</source>
        <translation>FamilyGuard — Einrichtung</translation>
    </message>
    <message>
        <source>Protecting your family&apos;s data with your passphrase…</source>
        <translation>Die Daten Ihrer Familie werden mit Ihrem Passwort geschützt…</translation>
    </message>
    <message>
        <source>Turning the parent lock on…</source>
        <translation>Die Elternsperre wird eingeschaltet…</translation>
    </message>
    <message>
        <source>FamilyGuard — demo family</source>
        <translation>FamilyGuard – Beispielfamilie</translation>
    </message>
    <message>
        <source>Making the demo family: three children, their apps, friends and talks…</source>
        <translation>Die Beispielfamilie wird angelegt: drei Kinder, ihre Apps, Freunde und Gespräche…</translation>
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
        <source>Done: the list had nothing new; FamilyGuard noted that you checked it today.</source>
        <translation>Fertig: Die Liste hatte nichts Neues; FamilyGuard hat vermerkt, dass Sie sie heute geprüft haben.</translation>
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
        <source>A multiplayer deduction game with public lobbies and lobby chat; under-13s get preset Quick Chat only.</source>
        <translation>Ein Mehrspieler-Rätselspiel mit öffentlichen Lobbys und Lobby-Chat; Kinder unter 13 bekommen nur den vorgegebenen Quick Chat.</translation>
    </message>
    <message>
        <source>No minimum; under-13s need a parent&apos;s consent through KWS and get Quick Chat by default.</source>
        <translation>Kein Mindestalter; Kinder unter 13 brauchen die Zustimmung eines Elternteils über KWS und bekommen standardmäßig Quick Chat.</translation>
    </message>
    <message>
        <source>Public lobbies with strangers.</source>
        <translation>Öffentliche Lobbys mit Fremden.</translation>
    </message>
    <message>
        <source>Public lobbies.</source>
        <translation>Öffentliche Lobbys.</translation>
    </message>
    <message>
        <source>Our sources do not cover this yet.</source>
        <translation>Dazu haben unsere Quellen noch keine Angaben.</translation>
    </message>
    <message>
        <source>Public lobby and meeting chat; under-13s and guests only get Quick Chat.</source>
        <translation>Öffentlicher Lobby- und Besprechungs-Chat; Kinder unter 13 und Gäste bekommen nur Quick Chat.</translation>
    </message>
    <message>
        <source>No private messages.</source>
        <translation>Keine privaten Nachrichten.</translation>
    </message>
    <message>
        <source>No built-in voice; players often use Discord instead.</source>
        <translation>Kein eingebauter Sprachchat; Spieler nutzen stattdessen oft Discord.</translation>
    </message>
    <message>
        <source>Not reported.</source>
        <translation>Keine Berichte darüber.</translation>
    </message>
    <message>
        <source>A question-and-answer site where strangers can ask anonymous questions on a public profile.</source>
        <translation>Eine Frage-und-Antwort-Seite, auf der Fremde auf einem öffentlichen Profil anonyme Fragen stellen können.</translation>
    </message>
    <message>
        <source>Current status is not confirmed.</source>
        <translation>Der aktuelle Status ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Anyone can find a profile and ask it questions.</source>
        <translation>Jeder kann ein Profil finden und ihm Fragen stellen.</translation>
    </message>
    <message>
        <source>Profiles and answers are public.</source>
        <translation>Profile und Antworten sind öffentlich.</translation>
    </message>
    <message>
        <source>Anonymous questions.</source>
        <translation>Anonyme Fragen.</translation>
    </message>
    <message>
        <source>Partly.</source>
        <translation>Teilweise.</translation>
    </message>
    <message>
        <source>Images.</source>
        <translation>Bilder.</translation>
    </message>
    <message>
        <source>Questions can be anonymous; no privacy settings were offered in 2013.</source>
        <translation>Fragen können anonym sein; 2013 gab es keine Privatsphäre-Einstellungen.</translation>
    </message>
    <message>
        <source>A once-a-day photo app shared with friends (or friends of friends), with chats between accepted friends and an optional location on each post.</source>
        <translation>Eine Foto-App für ein Foto am Tag, geteilt mit Freunden (oder Freunden von Freunden), mit Chats zwischen bestätigten Freunden und einem freiwilligen Standort bei jedem Beitrag.</translation>
    </message>
    <message>
        <source>Posts can go to friends of friends; the public Discovery feed may have been retired.</source>
        <translation>Beiträge können an Freunde von Freunden gehen; der öffentliche Discovery-Feed wurde möglicherweise eingestellt.</translation>
    </message>
    <message>
        <source>Friends-only by default.</source>
        <translation>Standardmäßig nur für Freunde.</translation>
    </message>
    <message>
        <source>RealChat is only with accepted friends.</source>
        <translation>RealChat gibt es nur mit bestätigten Freunden.</translation>
    </message>
    <message>
        <source>RealChat one-to-one and RealGroups group chats; messages do not auto-delete.</source>
        <translation>RealChat für Einzelchats und RealGroups für Gruppenchats; Nachrichten löschen sich nicht automatisch.</translation>
    </message>
    <message>
        <source>The daily two-camera photo and a short behind-the-scenes video.</source>
        <translation>Das tägliche Foto mit beiden Kameras und ein kurzes Video hinter den Kulissen.</translation>
    </message>
    <message>
        <source>The feed is daily; chats stay.</source>
        <translation>Der Feed ist täglich neu; Chats bleiben erhalten.</translation>
    </message>
    <message>
        <source>Optional location on each post, chosen by the user.</source>
        <translation>Freiwilliger Standort bei jedem Beitrag, vom Nutzer selbst gewählt.</translation>
    </message>
    <message>
        <source>A live-streaming app built around a gifting economy, where viewers pay hosts with virtual gifts.</source>
        <translation>Eine Livestreaming-App, die auf einem Geschenke-System aufbaut: Zuschauer bezahlen Streamer mit virtuellen Geschenken.</translation>
    </message>
    <message>
        <source>18 in the terms (App Store 17+). Self-identified as age-restricted under Australia&apos;s under-16 rules (from 10 Dec 2025).</source>
        <translation>18 laut Nutzungsbedingungen (App Store 17+). Stuft sich selbst als altersbeschränkt nach den australischen Regeln für unter 16-Jährige ein (ab 10. Dez. 2025).</translation>
    </message>
    <message>
        <source>Viewers find streams.</source>
        <translation>Zuschauer finden Streams.</translation>
    </message>
    <message>
        <source>Profiles and streams are public.</source>
        <translation>Profile und Streams sind öffentlich.</translation>
    </message>
    <message>
        <source>Chat.</source>
        <translation>Chat.</translation>
    </message>
    <message>
        <source>Live broadcasting is the core of the app.</source>
        <translation>Livestreaming ist der Kern der App.</translation>
    </message>
    <message>
        <source>Video.</source>
        <translation>Video.</translation>
    </message>
    <message>
        <source>Viewers send paid gifts to hosts.</source>
        <translation>Zuschauer schicken Streamern bezahlte Geschenke.</translation>
    </message>
    <message>
        <source>A public posting network. Our sources only cover its Australian age restriction.</source>
        <translation>Ein öffentliches Netzwerk für Beiträge. Unsere Quellen behandeln nur seine australische Altersbeschränkung.</translation>
    </message>
    <message>
        <source>Not in our sources. Self-identified as age-restricted under Australia&apos;s under-16 rules (from 10 Dec 2025).</source>
        <translation>Nicht in unseren Quellen. Stuft sich selbst als altersbeschränkt nach den australischen Regeln für unter 16-Jährige ein (ab 10. Dez. 2025).</translation>
    </message>
    <message>
        <source>Chat with AI characters. Open-ended chat for under-18s was removed on 25 Nov 2025, backed by age estimation and ID checks.</source>
        <translation>Chat mit KI-Figuren. Freies Chatten für unter 18-Jährige wurde am 25. Nov. 2025 abgeschafft, abgesichert durch Altersschätzung und Ausweisprüfung.</translation>
    </message>
    <message>
        <source>Was 13+ (16 in the EU); since 25 Nov 2025 open-ended chat is for adults only.</source>
        <translation>Früher ab 13 (in der EU ab 16); seit 25. Nov. 2025 ist freies Chatten nur für Erwachsene.</translation>
    </message>
    <message>
        <source>Chats are with AI characters.</source>
        <translation>Chats finden mit KI-Figuren statt.</translation>
    </message>
    <message>
        <source>Private chats with AI characters.</source>
        <translation>Private Chats mit KI-Figuren.</translation>
    </message>
    <message>
        <source>Open-ended chat with AI characters; removed for under-18s on 25 Nov 2025.</source>
        <translation>Freies Chatten mit KI-Figuren; für unter 18-Jährige am 25. Nov. 2025 abgeschafft.</translation>
    </message>
    <message>
        <source>Chat servers with text, voice and screen sharing, many of them public. Strangers met in a server can message a teen unless a guardian limits it in Family Center.</source>
        <translation>Chat-Server mit Text, Sprache und Bildschirmübertragung, viele davon öffentlich. Fremde, die Jugendliche auf einem Server treffen, können ihnen Nachrichten schicken, sofern Erziehungsberechtigte das nicht im Family Center einschränken.</translation>
    </message>
    <message>
        <source>Teen-by-default age assurance applies in the UK and Australia; the worldwide rollout was postponed to the second half of 2026.</source>
        <translation>Im Vereinigten Königreich und in Australien gilt eine Altersprüfung, bei der alle standardmäßig als Jugendliche behandelt werden; die weltweite Einführung wurde auf das zweite Halbjahr 2026 verschoben.</translation>
    </message>
    <message>
        <source>Public servers.</source>
        <translation>Öffentliche Server.</translation>
    </message>
    <message>
        <source>Guardians can limit who may message or friend-request a teen (everyone, server members or friends of friends).</source>
        <translation>Erziehungsberechtigte können einschränken, wer Jugendlichen Nachrichten oder Freundschaftsanfragen schicken darf (alle, Servermitglieder oder Freunde von Freunden).</translation>
    </message>
    <message>
        <source>Direct messages.</source>
        <translation>Direktnachrichten.</translation>
    </message>
    <message>
        <source>Voice channels, calls and Stage channels.</source>
        <translation>Sprachkanäle, Anrufe und Stage-Kanäle.</translation>
    </message>
    <message>
        <source>Go Live screen streaming since Aug 2019.</source>
        <translation>Bildschirmübertragung mit Go Live seit Aug. 2019.</translation>
    </message>
    <message>
        <source>Images and files.</source>
        <translation>Bilder und Dateien.</translation>
    </message>
    <message>
        <source>Purchases are shown to guardians in Family Center.</source>
        <translation>Käufe werden Erziehungsberechtigten im Family Center angezeigt.</translation>
    </message>
    <message>
        <source>Meta&apos;s social network, with groups, friend suggestions, live video and Messenger. Teen Accounts (2025) default to friends-only audiences and limit who can message.</source>
        <translation>Das soziale Netzwerk von Meta, mit Gruppen, Freundschaftsvorschlägen, Live-Videos und Messenger. Teen-Konten (2025) sind standardmäßig nur für Freunde sichtbar und schränken ein, wer Nachrichten schicken kann.</translation>
    </message>
    <message>
        <source>Australia bars under-16 accounts from 10 Dec 2025 (Meta began closing them on 4 Dec 2025). Meta&apos;s terms may now ask for 16 in the EU (single tracker source, not confirmed).</source>
        <translation>Australien verbietet ab dem 10. Dez. 2025 Konten von unter 16-Jährigen (Meta begann am 4. Dez. 2025, sie zu schließen). Metas Nutzungsbedingungen verlangen in der EU möglicherweise inzwischen 16 Jahre (nur eine Tracker-Quelle, nicht bestätigt).</translation>
    </message>
    <message>
        <source>No random pairing.</source>
        <translation>Keine zufälligen Verbindungen.</translation>
    </message>
    <message>
        <source>Friend suggestions.</source>
        <translation>Freundschaftsvorschläge.</translation>
    </message>
    <message>
        <source>Posts can be public; Teen Accounts default to Friends.</source>
        <translation>Beiträge können öffentlich sein; Teen-Konten sind standardmäßig auf Freunde eingestellt.</translation>
    </message>
    <message>
        <source>Teens only get messages from people they follow or are connected to.</source>
        <translation>Jugendliche bekommen nur Nachrichten von Personen, denen sie folgen oder mit denen sie verbunden sind.</translation>
    </message>
    <message>
        <source>Through Messenger.</source>
        <translation>Über Messenger.</translation>
    </message>
    <message>
        <source>Facebook Live; whether the 2025 under-16 permission rule covers Facebook is unclear.</source>
        <translation>Facebook Live; ob die Erlaubnisregel für unter 16-Jährige von 2025 auch für Facebook gilt, ist unklar.</translation>
    </message>
    <message>
        <source>Photos, videos and profile pictures.</source>
        <translation>Fotos, Videos und Profilbilder.</translation>
    </message>
    <message>
        <source>Through Messenger&apos;s disappearing messages in encrypted chats.</source>
        <translation>Über die selbstlöschenden Nachrichten von Messenger in verschlüsselten Chats.</translation>
    </message>
    <message>
        <source>Messenger Live Location (up to 60 min); check-ins not confirmed.</source>
        <translation>Live-Standort in Messenger (bis zu 60 Min.); Check-ins nicht bestätigt.</translation>
    </message>
    <message>
        <source>Apple&apos;s audio and video calling. With iOS 26 a child must ask a parent before talking to a new number.</source>
        <translation>Audio- und Videoanrufe von Apple. Ab iOS 26 muss ein Kind einen Elternteil fragen, bevor es mit einer neuen Nummer spricht.</translation>
    </message>
    <message>
        <source>Uses an Apple Account; children&apos;s accounts come through Family Sharing (not confirmed).</source>
        <translation>Nutzt einen Apple Account; Kinderkonten laufen über die Familienfreigabe (nicht bestätigt).</translation>
    </message>
    <message>
        <source>Calls only.</source>
        <translation>Nur Anrufe.</translation>
    </message>
    <message>
        <source>Audio calls.</source>
        <translation>Audioanrufe.</translation>
    </message>
    <message>
        <source>Video calls; nudity detection in FaceTime video for children.</source>
        <translation>Videoanrufe; Nacktheitserkennung in FaceTime-Videos für Kinder.</translation>
    </message>
    <message>
        <source>Epic&apos;s online shooter. Random squad fill puts children with strangers on voice, though chat has been off by default for kids and teens since 2022.</source>
        <translation>Der Online-Shooter von Epic. Das zufällige Auffüllen von Teams bringt Kinder per Sprachchat mit Fremden zusammen, obwohl der Chat für Kinder und Jugendliche seit 2022 standardmäßig aus ist.</translation>
    </message>
    <message>
        <source>No minimum; under-13s get a Cabined Account with chat and spending off until a parent agrees.</source>
        <translation>Kein Mindestalter; Kinder unter 13 bekommen ein Cabined Account, in dem Chat und Ausgaben aus sind, bis ein Elternteil zustimmt.</translation>
    </message>
    <message>
        <source>&apos;Fill&apos; matches the player with random teammates, with voice.</source>
        <translation>&apos;Fill&apos; teilt den Spieler zufälligen Mitspielern zu, mit Sprachchat.</translation>
    </message>
    <message>
        <source>Since the Dec 2022 FTC order, kids&apos; and teens&apos; defaults are private.</source>
        <translation>Seit der FTC-Anordnung vom Dez. 2022 sind die Standardeinstellungen für Kinder und Jugendliche privat.</translation>
    </message>
    <message>
        <source>Text and voice chat are off by default for kids and teens.</source>
        <translation>Text- und Sprachchat sind für Kinder und Jugendliche standardmäßig aus.</translation>
    </message>
    <message>
        <source>Text and voice chat.</source>
        <translation>Text- und Sprachchat.</translation>
    </message>
    <message>
        <source>Voice chat; off by default for kids and teens.</source>
        <translation>Sprachchat; für Kinder und Jugendliche standardmäßig aus.</translation>
    </message>
    <message>
        <source>Creative mode lets players build and share islands.</source>
        <translation>Im Kreativmodus können Spieler Inseln bauen und teilen.</translation>
    </message>
    <message>
        <source>Purchases (parents can limit them).</source>
        <translation>Käufe (Eltern können sie begrenzen).</translation>
    </message>
    <message>
        <source>AI characters in the game; parents can block chat with them.</source>
        <translation>KI-Figuren im Spiel; Eltern können den Chat mit ihnen sperren.</translation>
    </message>
    <message>
        <source>A swipe app aimed at 12-18s for collecting Snapchat usernames from strangers, paid for with &apos;diamonds&apos;.</source>
        <translation>Eine Wisch-App für 12- bis 18-Jährige, mit der man Snapchat-Benutzernamen von Fremden sammelt, bezahlt mit &apos;diamonds&apos;.</translation>
    </message>
    <message>
        <source>Aimed at 12-18s; adults are shown separately.</source>
        <translation>Für 12- bis 18-Jährige gedacht; Erwachsene werden getrennt angezeigt.</translation>
    </message>
    <message>
        <source>Swipe to ask strangers for their Snapchat username.</source>
        <translation>Wischen, um Fremde nach ihrem Snapchat-Benutzernamen zu fragen.</translation>
    </message>
    <message>
        <source>Swiping through strangers.</source>
        <translation>Durch Fremde wischen.</translation>
    </message>
    <message>
        <source>Profiles are shown to strangers.</source>
        <translation>Profile werden Fremden angezeigt.</translation>
    </message>
    <message>
        <source>Conversations move to Snapchat.</source>
        <translation>Gespräche wandern zu Snapchat.</translation>
    </message>
    <message>
        <source>Profile photos.</source>
        <translation>Profilfotos.</translation>
    </message>
    <message>
        <source>Often given in bios.</source>
        <translation>Oft in der Profilbeschreibung angegeben.</translation>
    </message>
    <message>
        <source>Built around swapping Snapchat usernames (&apos;diamonds&apos;).</source>
        <translation>Baut auf dem Tausch von Snapchat-Benutzernamen auf (&apos;diamonds&apos;).</translation>
    </message>
    <message>
        <source>A group video chat app from Epic Games that could bring in people you didn&apos;t know. It shut in Oct 2021.</source>
        <translation>Eine Gruppen-Videochat-App von Epic Games, in die auch Menschen kommen konnten, die man nicht kannte. Sie wurde im Okt. 2021 eingestellt.</translation>
    </message>
    <message>
        <source>Epic shut Houseparty down in Oct 2021.</source>
        <translation>Epic hat Houseparty im Okt. 2021 eingestellt.</translation>
    </message>
    <message>
        <source>Was 13+.</source>
        <translation>Früher ab 13.</translation>
    </message>
    <message>
        <source>Friends of friends could join a room.</source>
        <translation>Freunde von Freunden konnten einem Raum beitreten.</translation>
    </message>
    <message>
        <source>Messages.</source>
        <translation>Nachrichten.</translation>
    </message>
    <message>
        <source>Group video of up to 8, including people the user might not know.</source>
        <translation>Gruppenvideo mit bis zu 8 Personen, auch mit Menschen, die der Nutzer vielleicht nicht kennt.</translation>
    </message>
    <message>
        <source>A photo, video and live-streaming network run by Meta. Teen Accounts start private and limit messages, but a public adult profile, live streams and the map are all part of it.</source>
        <translation>Ein Netzwerk für Fotos, Videos und Livestreaming von Meta. Teen-Konten sind zu Beginn privat und schränken Nachrichten ein, aber öffentliche Profile von Erwachsenen, Livestreams und die Karte gehören alle dazu.</translation>
    </message>
    <message>
        <source>Australia bars under-16 accounts from 10 Dec 2025. Meta&apos;s terms may now ask for 16 in the EU (single tracker source, not confirmed).</source>
        <translation>Australien verbietet ab dem 10. Dez. 2025 Konten von unter 16-Jährigen. Metas Nutzungsbedingungen verlangen in der EU möglicherweise inzwischen 16 Jahre (nur eine Tracker-Quelle, nicht bestätigt).</translation>
    </message>
    <message>
        <source>Profiles can be public; Teen Accounts are private by default.</source>
        <translation>Profile können öffentlich sein; Teen-Konten sind standardmäßig privat.</translation>
    </message>
    <message>
        <source>Teens can only be messaged by people they follow or are already connected to.</source>
        <translation>Jugendlichen können nur Personen Nachrichten schicken, denen sie folgen oder mit denen sie bereits verbunden sind.</translation>
    </message>
    <message>
        <source>Instagram Live. Since Apr 2025 under-16s need a parent&apos;s permission to go live.</source>
        <translation>Instagram Live. Seit Apr. 2025 brauchen unter 16-Jährige die Erlaubnis eines Elternteils, um live zu gehen.</translation>
    </message>
    <message>
        <source>Photos, videos, stories and profile pictures.</source>
        <translation>Fotos, Videos, Storys und Profilbilder.</translation>
    </message>
    <message>
        <source>Vanish mode: opt-in, one-to-one, only with connections.</source>
        <translation>Vanish-Modus: nur wenn eingeschaltet, nur im Einzelchat und nur mit Kontakten.</translation>
    </message>
    <message>
        <source>Instagram Map (Aug 2025): off by default, shared with chosen people; supervising parents are told and can block it.</source>
        <translation>Instagram Map (Aug. 2025): standardmäßig aus, wird mit ausgewählten Personen geteilt; beaufsichtigende Eltern werden informiert und können sie sperren.</translation>
    </message>
    <message>
        <source>A live-streaming site. Our sources only cover its place on Australia&apos;s under-16 account ban.</source>
        <translation>Eine Livestreaming-Seite. Unsere Quellen behandeln nur, dass sie unter das australische Kontoverbot für unter 16-Jährige fällt.</translation>
    </message>
    <message>
        <source>Not in our sources. Australia bars under-16 accounts from 10 Dec 2025.</source>
        <translation>Nicht in unseren Quellen. Australien verbietet ab dem 10. Dez. 2025 Konten von unter 16-Jährigen.</translation>
    </message>
    <message>
        <source>A username-based messenger with public groups and a &apos;meet new people&apos; feature. Anyone with a child&apos;s username can write to them, and there are no parental controls.</source>
        <translation>Ein Messenger auf Basis von Benutzernamen, mit öffentlichen Gruppen und einer Funktion &apos;meet new people&apos;. Jeder, der den Benutzernamen eines Kindes kennt, kann ihm schreiben, und es gibt keine Jugendschutzeinstellungen.</translation>
    </message>
    <message>
        <source>Owned by MediaLab since 2019. Google Play once removed it for a time; whether it returned is not known.</source>
        <translation>Gehört seit 2019 zu MediaLab. Google Play hat die App einmal zeitweise entfernt; ob sie zurückgekehrt ist, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>New accounts must be 18+ everywhere; UK users pass an age check (VerifyMy). Older terms said 13 with supervision.</source>
        <translation>Neue Konten sind überall erst ab 18 erlaubt; Nutzer im Vereinigten Königreich durchlaufen eine Altersprüfung (VerifyMy). Ältere Nutzungsbedingungen nannten 13 mit Aufsicht.</translation>
    </message>
    <message>
        <source>&apos;Meet New People&apos; starts chats with strangers.</source>
        <translation>&apos;Meet New People&apos; startet Chats mit Fremden.</translation>
    </message>
    <message>
        <source>Anyone with the username can find the user; public groups; usernames shared with #kikme.</source>
        <translation>Jeder, der den Benutzernamen kennt, kann den Nutzer finden; öffentliche Gruppen; Benutzernamen werden mit #kikme geteilt.</translation>
    </message>
    <message>
        <source>Name, username and photo are visible to everyone.</source>
        <translation>Name, Benutzername und Foto sind für alle sichtbar.</translation>
    </message>
    <message>
        <source>Anyone with the username can send a message.</source>
        <translation>Jeder, der den Benutzernamen kennt, kann eine Nachricht schicken.</translation>
    </message>
    <message>
        <source>One-to-one chat.</source>
        <translation>Einzelchat.</translation>
    </message>
    <message>
        <source>Public groups and private groups of up to 100.</source>
        <translation>Öffentliche Gruppen und private Gruppen mit bis zu 100 Personen.</translation>
    </message>
    <message>
        <source>Livestreams with a &apos;For you&apos; live page; the Live terms are 18+.</source>
        <translation>Livestreams mit einer Live-Seite &apos;For you&apos;; laut den Live-Bedingungen erst ab 18.</translation>
    </message>
    <message>
        <source>Photos and videos.</source>
        <translation>Fotos und Videos.</translation>
    </message>
    <message>
        <source>Kik says others cannot see your location; it logs IP addresses.</source>
        <translation>Kik gibt an, dass andere Ihren Standort nicht sehen können; IP-Adressen werden aber gespeichert.</translation>
    </message>
    <message>
        <source>Accounts are a username, not a phone number.</source>
        <translation>Konten bestehen aus einem Benutzernamen, nicht aus einer Telefonnummer.</translation>
    </message>
    <message>
        <source>Kik usernames are swapped on other apps (#kikme).</source>
        <translation>Kik-Benutzernamen werden in anderen Apps getauscht (#kikme).</translation>
    </message>
    <message>
        <source>A photo and lifestyle posting app. Our sources only cover its Australian age restriction.</source>
        <translation>Eine App für Foto- und Lifestyle-Beiträge. Unsere Quellen behandeln nur ihre australische Altersbeschränkung.</translation>
    </message>
    <message>
        <source>A short-video and live-streaming app where accounts cannot be made private and locations show on posts.</source>
        <translation>Eine App für Kurzvideos und Livestreaming, in der Konten nicht privat gestellt werden können und bei Beiträgen der Standort angezeigt wird.</translation>
    </message>
    <message>
        <source>No age check; store ratings are 17+.</source>
        <translation>Keine Altersprüfung; die Store-Altersfreigaben liegen bei 17+.</translation>
    </message>
    <message>
        <source>Nearby users&apos; videos and follow suggestions.</source>
        <translation>Videos von Nutzern in der Nähe und Vorschläge, wem man folgen kann.</translation>
    </message>
    <message>
        <source>Accounts cannot be made private.</source>
        <translation>Konten können nicht privat gestellt werden.</translation>
    </message>
    <message>
        <source>Anyone can send a private message.</source>
        <translation>Jeder kann eine private Nachricht schicken.</translation>
    </message>
    <message>
        <source>Private messages.</source>
        <translation>Private Nachrichten.</translation>
    </message>
    <message>
        <source>Live streams; a reviewer says hosting is 18+.</source>
        <translation>Livestreams; laut einem Testbericht darf man erst ab 18 selbst streamen.</translation>
    </message>
    <message>
        <source>Videos.</source>
        <translation>Videos.</translation>
    </message>
    <message>
        <source>Location is shown automatically with posts and on profiles.</source>
        <translation>Der Standort wird bei Beiträgen und auf Profilen automatisch angezeigt.</translation>
    </message>
    <message>
        <source>A messaging app popular in Japan and East Asia, with ID search, open group chats and live streams.</source>
        <translation>Eine Messenger-App, die in Japan und Ostasien beliebt ist, mit ID-Suche, offenen Gruppenchats und Livestreams.</translation>
    </message>
    <message>
        <source>No minimum age given; minors need a parent&apos;s consent, and UK sign-up asks users to confirm they are over 16.</source>
        <translation>Kein Mindestalter angegeben; Minderjährige brauchen die Zustimmung eines Elternteils, und bei der Anmeldung im Vereinigten Königreich müssen Nutzer bestätigen, dass sie über 16 sind.</translation>
    </message>
    <message>
        <source>ID search and OpenChat; in Japan under-18s cannot use ID search.</source>
        <translation>ID-Suche und OpenChat; in Japan können unter 18-Jährige die ID-Suche nicht nutzen.</translation>
    </message>
    <message>
        <source>Accounts are private by default.</source>
        <translation>Konten sind standardmäßig privat.</translation>
    </message>
    <message>
        <source>Chats.</source>
        <translation>Chats.</translation>
    </message>
    <message>
        <source>Live streaming.</source>
        <translation>Livestreaming.</translation>
    </message>
    <message>
        <source>Hidden Chat timed messages.</source>
        <translation>Zeitgesteuerte Nachrichten im Hidden Chat.</translation>
    </message>
    <message>
        <source>Location sharing.</source>
        <translation>Standortfreigabe.</translation>
    </message>
    <message>
        <source>A live-streaming app where anyone can broadcast and chat one-to-one with viewers; it has no age check.</source>
        <translation>Eine Livestreaming-App, in der jeder streamen und mit Zuschauern im Einzelchat schreiben kann; es gibt keine Altersprüfung.</translation>
    </message>
    <message>
        <source>No age verification.</source>
        <translation>Keine Altersüberprüfung.</translation>
    </message>
    <message>
        <source>Meta&apos;s chat and calling app for Facebook users. Adults cannot start chats with teens they are not connected to; it has disappearing messages and live location.</source>
        <translation>Die Chat- und Anruf-App von Meta für Facebook-Nutzer. Erwachsene können keine Chats mit Jugendlichen beginnen, mit denen sie nicht verbunden sind; es gibt selbstlöschende Nachrichten und Live-Standort.</translation>
    </message>
    <message>
        <source>Needs a Facebook account. Meta&apos;s terms may now ask for 16 in the EU (single tracker source, not confirmed).</source>
        <translation>Erfordert ein Facebook-Konto. Metas Nutzungsbedingungen verlangen in der EU möglicherweise inzwischen 16 Jahre (nur eine Tracker-Quelle, nicht bestätigt).</translation>
    </message>
    <message>
        <source>Adults cannot start chats with teens they are not connected to.</source>
        <translation>Erwachsene können keine Chats mit Jugendlichen beginnen, mit denen sie nicht verbunden sind.</translation>
    </message>
    <message>
        <source>One-to-one and group chats.</source>
        <translation>Einzel- und Gruppenchats.</translation>
    </message>
    <message>
        <source>Calls.</source>
        <translation>Anrufe.</translation>
    </message>
    <message>
        <source>Video calls and rooms.</source>
        <translation>Videoanrufe und Räume.</translation>
    </message>
    <message>
        <source>No broadcast feature found.</source>
        <translation>Keine Übertragungsfunktion gefunden.</translation>
    </message>
    <message>
        <source>A disappearing-messages timer in end-to-end encrypted chats; vanish mode was retired.</source>
        <translation>Ein Timer für selbstlöschende Nachrichten in Ende-zu-Ende-verschlüsselten Chats; der Vanish-Modus wurde abgeschafft.</translation>
    </message>
    <message>
        <source>Live Location for up to 60 minutes (since Mar 2017).</source>
        <translation>Live-Standort für bis zu 60 Minuten (seit März 2017).</translation>
    </message>
    <message>
        <source>Meta&apos;s chat app for children under 13, where a parent approves every contact.</source>
        <translation>Die Chat-App von Meta für Kinder unter 13, in der ein Elternteil jeden Kontakt bestätigt.</translation>
    </message>
    <message>
        <source>Made for under-13s; a parent sets the account up.</source>
        <translation>Für Kinder unter 13 gemacht; ein Elternteil richtet das Konto ein.</translation>
    </message>
    <message>
        <source>The parent approves every contact.</source>
        <translation>Der Elternteil bestätigt jeden Kontakt.</translation>
    </message>
    <message>
        <source>Chat with approved contacts.</source>
        <translation>Chat mit bestätigten Kontakten.</translation>
    </message>
    <message>
        <source>A building game with public servers and Realms; child accounts have multiplayer and chat off until a parent allows them.</source>
        <translation>Ein Bauspiel mit öffentlichen Servern und Realms; bei Kinderkonten sind Mehrspielermodus und Chat aus, bis ein Elternteil sie erlaubt.</translation>
    </message>
    <message>
        <source>Needs a Microsoft account; Minecraft counts under-16s (US and EU) and under-19s (South Korea) as child accounts.</source>
        <translation>Erfordert ein Microsoft-Konto; Minecraft führt unter 16-Jährige (USA und EU) und unter 19-Jährige (Südkorea) als Kinderkonten.</translation>
    </message>
    <message>
        <source>Public servers put players with strangers.</source>
        <translation>Öffentliche Server bringen Spieler mit Fremden zusammen.</translation>
    </message>
    <message>
        <source>Servers and Realms.</source>
        <translation>Server und Realms.</translation>
    </message>
    <message>
        <source>In-game chat on servers; off for child accounts until a parent allows multiplayer.</source>
        <translation>Chat im Spiel auf Servern; bei Kinderkonten aus, bis ein Elternteil den Mehrspielermodus erlaubt.</translation>
    </message>
    <message>
        <source>In-game chat.</source>
        <translation>Chat im Spiel.</translation>
    </message>
    <message>
        <source>Skins and worlds.</source>
        <translation>Skins und Welten.</translation>
    </message>
    <message>
        <source>A random video chat app in the Omegle mould: it pairs users with strangers worldwide or nearby, with no real age check.</source>
        <translation>Eine Zufalls-Videochat-App nach dem Vorbild von Omegle: Sie verbindet Nutzer mit Fremden weltweit oder in der Nähe, ohne echte Altersprüfung.</translation>
    </message>
    <message>
        <source>Has been removed from the App Store at times; current availability not confirmed.</source>
        <translation>Wurde zeitweise aus dem App Store entfernt; aktuelle Verfügbarkeit nicht bestätigt.</translation>
    </message>
    <message>
        <source>No real age check.</source>
        <translation>Keine echte Altersprüfung.</translation>
    </message>
    <message>
        <source>Random video chats with strangers, worldwide or nearby.</source>
        <translation>Zufällige Videochats mit Fremden, weltweit oder in der Nähe.</translation>
    </message>
    <message>
        <source>Every match is a stranger.</source>
        <translation>Jede Verbindung ist eine fremde Person.</translation>
    </message>
    <message>
        <source>Chats with matched strangers.</source>
        <translation>Chats mit zugeteilten Fremden.</translation>
    </message>
    <message>
        <source>One-to-one video with strangers.</source>
        <translation>Einzel-Videochat mit Fremden.</translation>
    </message>
    <message>
        <source>Matching with people nearby.</source>
        <translation>Verbindung mit Menschen in der Nähe.</translation>
    </message>
    <message>
        <source>Linked to Snapchat usernames.</source>
        <translation>Mit Snapchat-Benutzernamen verknüpft.</translation>
    </message>
    <message>
        <source>Nintendo&apos;s console. Friends are added by code, and Switch 2 GameChat needs a parent&apos;s approval per friend for children 15 and under.</source>
        <translation>Die Konsole von Nintendo. Freunde werden per Code hinzugefügt, und für Switch 2 GameChat muss ein Elternteil bei Kindern bis 15 Jahre jeden Freund einzeln erlauben.</translation>
    </message>
    <message>
        <source>A Nintendo Account with parental supervision (not confirmed).</source>
        <translation>Ein Nintendo-Account mit elterlicher Aufsicht (nicht bestätigt).</translation>
    </message>
    <message>
        <source>Friends are added with friend codes.</source>
        <translation>Freunde werden mit Freundescodes hinzugefügt.</translation>
    </message>
    <message>
        <source>Switch 2 GameChat; parents approve each friend for 15 and under.</source>
        <translation>Switch 2 GameChat; bei Kindern bis 15 Jahre erlauben Eltern jeden Freund einzeln.</translation>
    </message>
    <message>
        <source>Switch 2 GameChat, with per-friend parental approval for 15 and under.</source>
        <translation>Switch 2 GameChat, mit elterlicher Erlaubnis für jeden einzelnen Freund bei Kindern bis 15 Jahre.</translation>
    </message>
    <message>
        <source>Screenshots.</source>
        <translation>Screenshots.</translation>
    </message>
    <message>
        <source>A site that paired strangers at random for text or video chat. It closed in Nov 2023; a child looking for it is likely to land on a copycat random-video-chat app such as Monkey.</source>
        <translation>Eine Seite, die Fremde zufällig für Text- oder Videochats zusammenbrachte. Sie wurde im Nov. 2023 geschlossen; ein Kind, das danach sucht, landet wahrscheinlich bei einer nachgeahmten Zufalls-Videochat-App wie Monkey.</translation>
    </message>
    <message>
        <source>Shut down on 8 Nov 2023. Copycat random video chat apps still exist (see Monkey).</source>
        <translation>Am 8. Nov. 2023 eingestellt. Nachgeahmte Zufalls-Videochat-Apps gibt es weiterhin (siehe Monkey).</translation>
    </message>
    <message>
        <source>Was 18+, or 13+ with a parent&apos;s permission, with no real check.</source>
        <translation>Früher ab 18 oder ab 13 mit Erlaubnis eines Elternteils, ohne echte Prüfung.</translation>
    </message>
    <message>
        <source>Paired strangers at random.</source>
        <translation>Brachte Fremde zufällig zusammen.</translation>
    </message>
    <message>
        <source>Every chat was with a stranger.</source>
        <translation>Jeder Chat war mit einer fremden Person.</translation>
    </message>
    <message>
        <source>No profiles.</source>
        <translation>Keine Profile.</translation>
    </message>
    <message>
        <source>One-to-one text chat.</source>
        <translation>Einzel-Textchat.</translation>
    </message>
    <message>
        <source>One-to-one only.</source>
        <translation>Nur Einzelgespräche.</translation>
    </message>
    <message>
        <source>Through video chat.</source>
        <translation>Über den Videochat.</translation>
    </message>
    <message>
        <source>One-to-one video, not broadcasting.</source>
        <translation>Einzel-Videochat, keine Übertragung.</translation>
    </message>
    <message>
        <source>No uploads.</source>
        <translation>Kein Hochladen.</translation>
    </message>
    <message>
        <source>No chat history was kept.</source>
        <translation>Es wurde kein Chatverlauf gespeichert.</translation>
    </message>
    <message>
        <source>No account was needed.</source>
        <translation>Es war kein Konto nötig.</translation>
    </message>
    <message>
        <source>Not covered by our sources.</source>
        <translation>Unsere Quellen sagen dazu nichts.</translation>
    </message>
    <message>
        <source>Nothing persisted between chats.</source>
        <translation>Zwischen den Chats blieb nichts gespeichert.</translation>
    </message>
    <message>
        <source>An image-collecting site. Under-16 profiles must stay private and can only message mutual followers.</source>
        <translation>Eine Seite zum Sammeln von Bildern. Profile von unter 16-Jährigen müssen privat bleiben und können nur gegenseitigen Followern Nachrichten schicken.</translation>
    </message>
    <message>
        <source>Under-16 profiles are private with no option to change it.</source>
        <translation>Profile von unter 16-Jährigen sind privat, ohne Möglichkeit, das zu ändern.</translation>
    </message>
    <message>
        <source>Under-16s can only message mutual followers added through an expiring link.</source>
        <translation>Unter 16-Jährige können nur gegenseitigen Followern Nachrichten schicken, die über einen ablaufenden Link hinzugefügt wurden.</translation>
    </message>
    <message>
        <source>Pins and profile images.</source>
        <translation>Pins und Profilbilder.</translation>
    </message>
    <message>
        <source>Sony&apos;s consoles and network, with online matchmaking, voice chat, messages and broadcasting.</source>
        <translation>Die Konsolen und das Netzwerk von Sony, mit Online-Spielersuche, Sprachchat, Nachrichten und Übertragungen.</translation>
    </message>
    <message>
        <source>Children use child accounts under family management; the age rules are not in our sources.</source>
        <translation>Kinder nutzen Kinderkonten unter Familienverwaltung; die Altersregeln stehen nicht in unseren Quellen.</translation>
    </message>
    <message>
        <source>Online matchmaking with voice.</source>
        <translation>Online-Spielersuche mit Sprachchat.</translation>
    </message>
    <message>
        <source>Voice chat.</source>
        <translation>Sprachchat.</translation>
    </message>
    <message>
        <source>Share and broadcast gameplay.</source>
        <translation>Spielszenen teilen und übertragen.</translation>
    </message>
    <message>
        <source>Captures.</source>
        <translation>Aufnahmen.</translation>
    </message>
    <message>
        <source>Public discussion forums run by volunteer moderators, with chat and direct messages between users.</source>
        <translation>Öffentliche Diskussionsforen, die von ehrenamtlichen Moderatoren betreut werden, mit Chat und Direktnachrichten zwischen Nutzern.</translation>
    </message>
    <message>
        <source>13-17s need a parent&apos;s consent. Australia bars under-16 accounts from 10 Dec 2025.</source>
        <translation>13- bis 17-Jährige brauchen die Zustimmung eines Elternteils. Australien verbietet ab dem 10. Dez. 2025 Konten von unter 16-Jährigen.</translation>
    </message>
    <message>
        <source>Posts are public.</source>
        <translation>Beiträge sind öffentlich.</translation>
    </message>
    <message>
        <source>Chat requests and messages from other users; users can limit who may message them.</source>
        <translation>Chatanfragen und Nachrichten von anderen Nutzern; Nutzer können einschränken, wer ihnen Nachrichten schicken darf.</translation>
    </message>
    <message>
        <source>Messages and chat.</source>
        <translation>Nachrichten und Chat.</translation>
    </message>
    <message>
        <source>No user broadcasting found.</source>
        <translation>Keine Übertragungen durch Nutzer gefunden.</translation>
    </message>
    <message>
        <source>Image and video posts.</source>
        <translation>Bild- und Videobeiträge.</translation>
    </message>
    <message>
        <source>A platform of games made by its users, with public servers full of strangers, text chat, voice chat for 13+ and a virtual currency. Chat now needs a facial age check.</source>
        <translation>Eine Plattform mit Spielen, die Nutzer selbst erstellen, mit öffentlichen Servern voller Fremder, Textchat, Sprachchat ab 13 und einer virtuellen Währung. Für den Chat ist jetzt eine Altersprüfung per Gesichtsscan nötig.</translation>
    </message>
    <message>
        <source>No minimum age; under-13s get restricted settings, and from 7 Jan 2026 chat needs a facial age check, with users kept to nearby age bands.</source>
        <translation>Kein Mindestalter; Kinder unter 13 bekommen eingeschränkte Einstellungen, und ab 7. Jan. 2026 ist für den Chat eine Altersprüfung per Gesichtsscan nötig, wobei Nutzer auf benachbarte Altersgruppen beschränkt werden.</translation>
    </message>
    <message>
        <source>Joining a game drops the child into a public server with strangers.</source>
        <translation>Wer einem Spiel beitritt, landet auf einem öffentlichen Server mit Fremden.</translation>
    </message>
    <message>
        <source>Public servers; chat is limited to the user&apos;s own and adjacent age bands after an age check. Social hangouts are 13+.</source>
        <translation>Öffentliche Server; nach einer Altersprüfung ist der Chat auf die eigene und benachbarte Altersgruppen beschränkt. Soziale Treffpunkte gibt es erst ab 13.</translation>
    </message>
    <message>
        <source>Default profile visibility is unresolved in our sources.</source>
        <translation>Die Standard-Sichtbarkeit von Profilen ist in unseren Quellen ungeklärt.</translation>
    </message>
    <message>
        <source>Contact settings offer everyone, friends or no one; after the age check chat only reaches similar ages.</source>
        <translation>Die Kontakteinstellungen bieten alle, Freunde oder niemand; nach der Altersprüfung erreicht der Chat nur Nutzer ähnlichen Alters.</translation>
    </message>
    <message>
        <source>Under-13s have no platform messages since 18 Nov 2024, and in-experience messages need a parent&apos;s consent.</source>
        <translation>Kinder unter 13 haben seit 18. Nov. 2024 keine Plattform-Nachrichten mehr, und Nachrichten innerhalb von Spielen brauchen die Zustimmung eines Elternteils.</translation>
    </message>
    <message>
        <source>13+ only, after an age check; verified 13+ users can add Trusted Connections for unfiltered chat.</source>
        <translation>Nur ab 13, nach einer Altersprüfung; verifizierte Nutzer ab 13 können Trusted Connections für ungefilterten Chat hinzufügen.</translation>
    </message>
    <message>
        <source>No live broadcasting found.</source>
        <translation>Kein Livestreaming gefunden.</translation>
    </message>
    <message>
        <source>User-made, moderated content; Roblox Moments (30-second clips) for 13+ in beta since Sept 2025.</source>
        <translation>Von Nutzern erstellte, moderierte Inhalte; Roblox Moments (30-Sekunden-Clips) ab 13 seit Sept. 2025 in der Beta-Phase.</translation>
    </message>
    <message>
        <source>Parents can see and limit spending.</source>
        <translation>Eltern können Ausgaben sehen und begrenzen.</translation>
    </message>
    <message>
        <source>An encrypted messenger. Contact needs the phone number or username, and messages can be set to disappear; it has no parental controls.</source>
        <translation>Ein verschlüsselter Messenger. Für einen Kontakt braucht man die Telefonnummer oder den Benutzernamen, und Nachrichten können so eingestellt werden, dass sie sich selbst löschen; es gibt keine Jugendschutzeinstellungen.</translation>
    </message>
    <message>
        <source>No strict age checks.</source>
        <translation>Keine strengen Altersprüfungen.</translation>
    </message>
    <message>
        <source>Someone must know the username or number to make contact.</source>
        <translation>Wer Kontakt aufnehmen will, muss den Benutzernamen oder die Nummer kennen.</translation>
    </message>
    <message>
        <source>Encrypted one-to-one and group chats.</source>
        <translation>Verschlüsselte Einzel- und Gruppenchats.</translation>
    </message>
    <message>
        <source>Disappearing messages, 24-hour stories and view-once media.</source>
        <translation>Selbstlöschende Nachrichten, 24-Stunden-Storys und Medien zur einmaligen Ansicht.</translation>
    </message>
    <message>
        <source>A location can be sent; no live location.</source>
        <translation>Ein Standort kann gesendet werden; kein Live-Standort.</translation>
    </message>
    <message>
        <source>The phone number can be hidden behind a username.</source>
        <translation>Die Telefonnummer kann hinter einem Benutzernamen verborgen werden.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s calling and chat app, retired in May 2025; its users were moved to Microsoft Teams (free).</source>
        <translation>Die Anruf- und Chat-App von Microsoft, im Mai 2025 eingestellt; ihre Nutzer wurden zu Microsoft Teams (kostenlos) verschoben.</translation>
    </message>
    <message>
        <source>Retired on 5 May 2025; accounts moved to Microsoft Teams (free).</source>
        <translation>Am 5. Mai 2025 eingestellt; Konten wurden zu Microsoft Teams (kostenlos) verschoben.</translation>
    </message>
    <message>
        <source>Not recorded; the service has closed.</source>
        <translation>Nicht erfasst; der Dienst wurde eingestellt.</translation>
    </message>
    <message>
        <source>A photo and video messaging app where snaps vanish after viewing and a map can show friends&apos; locations. Teens get stricter defaults, but it is often where strangers met elsewhere ask a child to move.</source>
        <translation>Eine Messenger-App für Fotos und Videos, in der Snaps nach dem Ansehen verschwinden und eine Karte den Standort von Freunden zeigen kann. Jugendliche bekommen strengere Voreinstellungen, doch oft bitten Fremde, die ein Kind anderswo kennengelernt hat, es hierher zu wechseln.</translation>
    </message>
    <message>
        <source>Under-13 accounts are closed; 13-17s cannot change their birth year to 18+. Australia bars under-16 accounts from 10 Dec 2025.</source>
        <translation>Konten von Kindern unter 13 werden geschlossen; 13- bis 17-Jährige können ihr Geburtsjahr nicht auf 18 oder älter ändern. Australien verbietet ab dem 10. Dez. 2025 Konten von unter 16-Jährigen.</translation>
    </message>
    <message>
        <source>&apos;Find Friends&apos; (formerly Quick Add) suggests people; teens appear only with many mutual friends or if already in a contact book, and can opt out.</source>
        <translation>&apos;Find Friends&apos; (früher Quick Add) schlägt Personen vor; Jugendliche erscheinen nur bei vielen gemeinsamen Freunden oder wenn sie schon in einem Adressbuch stehen, und sie können das abschalten.</translation>
    </message>
    <message>
        <source>Ages 13-15 cannot have a public profile; 16-17 can opt in (off by default). Friend lists are private.</source>
        <translation>13- bis 15-Jährige können kein öffentliches Profil haben; 16- und 17-Jährige können es einschalten (standardmäßig aus). Freundeslisten sind privat.</translation>
    </message>
    <message>
        <source>Teens can only be messaged by friends and phone contacts, and this cannot be widened.</source>
        <translation>Jugendlichen können nur Freunde und Telefonkontakte Nachrichten schicken, und das lässt sich nicht erweitern.</translation>
    </message>
    <message>
        <source>Chat and snaps between friends.</source>
        <translation>Chat und Snaps zwischen Freunden.</translation>
    </message>
    <message>
        <source>Calls between friends.</source>
        <translation>Anrufe zwischen Freunden.</translation>
    </message>
    <message>
        <source>Video calls between friends; no public live broadcasts found.</source>
        <translation>Videoanrufe zwischen Freunden; keine öffentlichen Liveübertragungen gefunden.</translation>
    </message>
    <message>
        <source>No public live-broadcast feature found.</source>
        <translation>Keine Funktion für öffentliche Liveübertragungen gefunden.</translation>
    </message>
    <message>
        <source>Photos and videos are the core of the app.</source>
        <translation>Fotos und Videos sind der Kern der App.</translation>
    </message>
    <message>
        <source>Snaps and chats disappear by default.</source>
        <translation>Snaps und Chats verschwinden standardmäßig.</translation>
    </message>
    <message>
        <source>Snap Map. Sharing is off by default, only ever with accepted friends, and Ghost Mode hides the user.</source>
        <translation>Snap Map. Das Teilen ist standardmäßig aus, geschieht immer nur mit bestätigten Freunden, und der Geistmodus verbirgt den Nutzer.</translation>
    </message>
    <message>
        <source>Apps such as Hoop and Wink exist to swap Snapchat usernames with strangers.</source>
        <translation>Apps wie Hoop und Wink gibt es, um Snapchat-Benutzernamen mit Fremden zu tauschen.</translation>
    </message>
    <message>
        <source>My AI chatbot; parents can restrict it in Family Center.</source>
        <translation>Der Chatbot My AI; Eltern können ihn im Family Center einschränken.</translation>
    </message>
    <message>
        <source>A music and podcast app. Anyone can read a public playlist&apos;s title, description and cover image, which makes playlists a hidden way to pass messages or pictures; since 2025 it also has private messages for users aged 16 and over.</source>
        <translation>Eine Musik- und Podcast-App. Titel, Beschreibung und Titelbild einer öffentlichen Playlist kann jeder lesen, wodurch Playlists zu einem versteckten Weg werden, Nachrichten oder Bilder zu übermitteln; seit 2025 gibt es außerdem private Nachrichten für Nutzer ab 16 Jahren.</translation>
    </message>
    <message>
        <source>13, or the minimum age of the home country if higher; minors need a parent&apos;s consent. Managed accounts on the Family plan cover under-13s.</source>
        <translation>13 oder das Mindestalter des Heimatlandes, wenn es höher ist; Minderjährige brauchen die Zustimmung eines Elternteils. Verwaltete Konten im Family-Abo sind für Kinder unter 13 gedacht.</translation>
    </message>
    <message>
        <source>No matching with strangers.</source>
        <translation>Keine Verbindung mit Fremden.</translation>
    </message>
    <message>
        <source>Public playlists and profiles can be found through Spotify search; Messages only reach people the user has already interacted with.</source>
        <translation>Öffentliche Playlists und Profile lassen sich über die Spotify-Suche finden; Nachrichten erreichen nur Personen, mit denen der Nutzer schon interagiert hat.</translation>
    </message>
    <message>
        <source>New playlists are public and searchable by default, title and description included; no different default for teens was found.</source>
        <translation>Neue Playlists sind standardmäßig öffentlich und durchsuchbar, einschließlich Titel und Beschreibung; eine abweichende Standardeinstellung für Jugendliche wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Messages can only start with people the user already shared a Jam, Blend, collaborative playlist or family plan with.</source>
        <translation>Nachrichten können nur mit Personen beginnen, mit denen der Nutzer schon eine Jam, einen Blend, eine gemeinsame Playlist oder ein Family-Abo geteilt hat.</translation>
    </message>
    <message>
        <source>&apos;Messages&apos; since Aug 2025 for users 16+, rolling out by market; group chats of up to 10 from Jan 2026. Not end-to-end encrypted. Managed (under-13) accounts have no Messages.</source>
        <translation>&apos;Nachrichten&apos; seit Aug. 2025 für Nutzer ab 16, schrittweise Einführung je nach Land; Gruppenchats mit bis zu 10 Personen ab Jan. 2026. Nicht Ende-zu-Ende-verschlüsselt. Verwaltete Konten (unter 13) haben keine Nachrichten.</translation>
    </message>
    <message>
        <source>Group chats of up to 10 people for users 16+.</source>
        <translation>Gruppenchats mit bis zu 10 Personen für Nutzer ab 16.</translation>
    </message>
    <message>
        <source>No voice chat; the Spotify Live audio app closed on 30 Apr 2023.</source>
        <translation>Kein Sprachchat; die Audio-App Spotify Live wurde am 30. Apr. 2023 eingestellt.</translation>
    </message>
    <message>
        <source>No video calls in the sources.</source>
        <translation>Keine Videoanrufe in den Quellen.</translation>
    </message>
    <message>
        <source>Spotify Live (live audio) closed on 30 Apr 2023; Jams and listening parties are not broadcasts.</source>
        <translation>Spotify Live (Live-Audio) wurde am 30. Apr. 2023 eingestellt; Jams und gemeinsame Hörpartys sind keine Übertragungen.</translation>
    </message>
    <message>
        <source>Custom playlist cover images and profile pictures, which anyone opening a public playlist sees. Explicit covers have slipped past the explicit filter. Whether managed accounts can upload covers is not known.</source>
        <translation>Eigene Titelbilder für Playlists und Profilbilder, die jeder sieht, der eine öffentliche Playlist öffnet. Anstößige Titelbilder sind schon durch den Filter für anstößige Inhalte gerutscht. Ob verwaltete Konten Titelbilder hochladen können, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Messages are stored; no disappearing option reported.</source>
        <translation>Nachrichten werden gespeichert; keine Option zum Selbstlöschen bekannt.</translation>
    </message>
    <message>
        <source>No location feature found.</source>
        <translation>Keine Standortfunktion gefunden.</translation>
    </message>
    <message>
        <source>Display names and playlist names are free text, not tied to a real name (general knowledge, not confirmed by a source).</source>
        <translation>Anzeigenamen und Playlist-Namen sind frei wählbar und nicht an einen echten Namen gebunden (allgemein bekannt, nicht durch eine Quelle bestätigt).</translation>
    </message>
    <message>
        <source>Playlist titles, descriptions and cover images can be edited at any time and read by anyone; they have been used to send messages.</source>
        <translation>Titel, Beschreibungen und Titelbilder von Playlists lassen sich jederzeit bearbeiten und von jedem lesen; sie wurden schon genutzt, um Nachrichten zu übermitteln.</translation>
    </message>
    <message>
        <source>No gifting between users in the sources.</source>
        <translation>Keine Geschenke zwischen Nutzern in den Quellen.</translation>
    </message>
    <message>
        <source>Premium subscriptions, including the Family plan.</source>
        <translation>Premium-Abos, einschließlich Family-Abo.</translation>
    </message>
    <message>
        <source>Valve&apos;s PC game store and community, with friends chat, forums, trading, broadcasting and Workshop uploads.</source>
        <translation>Der PC-Spiele-Store und die Community von Valve, mit Chat unter Freunden, Foren, Handel, Übertragungen und Uploads in den Workshop.</translation>
    </message>
    <message>
        <source>The Subscriber Agreement bars under-13s.</source>
        <translation>Der Steam-Nutzervertrag schließt Kinder unter 13 aus.</translation>
    </message>
    <message>
        <source>Community hubs, forums and trading.</source>
        <translation>Community-Hubs, Foren und Handel.</translation>
    </message>
    <message>
        <source>Weak evidence that profiles are public by default; unresolved.</source>
        <translation>Schwache Hinweise, dass Profile standardmäßig öffentlich sind; ungeklärt.</translation>
    </message>
    <message>
        <source>Steam Chat with friends.</source>
        <translation>Steam Chat mit Freunden.</translation>
    </message>
    <message>
        <source>Steam Broadcasting; by default friends ask to watch, &apos;Anyone can watch&apos; lists it publicly.</source>
        <translation>Steam Broadcasting; standardmäßig fragen Freunde, ob sie zusehen dürfen, mit &apos;Anyone can watch&apos; wird die Übertragung öffentlich gelistet.</translation>
    </message>
    <message>
        <source>Screenshots and Workshop items.</source>
        <translation>Screenshots und Workshop-Inhalte.</translation>
    </message>
    <message>
        <source>Game and item purchases; Steam Families can require approval.</source>
        <translation>Käufe von Spielen und Gegenständen; mit Steam Families kann eine Freigabe verlangt werden.</translation>
    </message>
    <message>
        <source>A messenger with public usernames, large groups and channels, live streams and self-destructing chats. It has no parental controls.</source>
        <translation>Ein Messenger mit öffentlichen Benutzernamen, großen Gruppen und Kanälen, Livestreams und selbstlöschenden Chats. Es gibt keine Jugendschutzeinstellungen.</translation>
    </message>
    <message>
        <source>The terms set no worldwide minimum; EU and UK users must be 16.</source>
        <translation>Die Nutzungsbedingungen legen kein weltweites Mindestalter fest; Nutzer in der EU und im Vereinigten Königreich müssen 16 sein.</translation>
    </message>
    <message>
        <source>Public usernames and groups; &apos;People Nearby&apos; was removed in Sept 2024.</source>
        <translation>Öffentliche Benutzernamen und Gruppen; &apos;People Nearby&apos; wurde im Sept. 2024 entfernt.</translation>
    </message>
    <message>
        <source>Photo, bio, phone and last seen each have privacy settings; public usernames can be found.</source>
        <translation>Foto, Profilbeschreibung, Telefonnummer und Zuletzt-online-Status haben jeweils eigene Privatsphäre-Einstellungen; öffentliche Benutzernamen können gefunden werden.</translation>
    </message>
    <message>
        <source>One-to-one and secret chats.</source>
        <translation>Einzelchats und geheime Chats.</translation>
    </message>
    <message>
        <source>A privacy setting decides who can add the user to groups.</source>
        <translation>Eine Privatsphäre-Einstellung legt fest, wer den Nutzer zu Gruppen hinzufügen kann.</translation>
    </message>
    <message>
        <source>Voice chats in groups and channels.</source>
        <translation>Sprachchats in Gruppen und Kanälen.</translation>
    </message>
    <message>
        <source>Channel voice chats with unlimited listeners and live video streams.</source>
        <translation>Sprachchats in Kanälen mit unbegrenzt vielen Zuhörern und Live-Videostreams.</translation>
    </message>
    <message>
        <source>Photos, videos and files.</source>
        <translation>Fotos, Videos und Dateien.</translation>
    </message>
    <message>
        <source>Auto-delete timers for any chat and self-destructing secret chats.</source>
        <translation>Timer zum automatischen Löschen für jeden Chat und selbstlöschende geheime Chats.</translation>
    </message>
    <message>
        <source>Live location.</source>
        <translation>Live-Standort.</translation>
    </message>
    <message>
        <source>An anonymous question app: anyone with the link can send &apos;tells&apos; without revealing who they are.</source>
        <translation>Eine App für anonyme Fragen: Jeder mit dem Link kann &apos;Tells&apos; schicken, ohne zu verraten, wer er ist.</translation>
    </message>
    <message>
        <source>13 in the terms, but 17+ in the App Store.</source>
        <translation>13 laut Nutzungsbedingungen, aber 17+ im App Store.</translation>
    </message>
    <message>
        <source>A public link anyone can use.</source>
        <translation>Ein öffentlicher Link, den jeder nutzen kann.</translation>
    </message>
    <message>
        <source>Public link and answers.</source>
        <translation>Öffentlicher Link und öffentliche Antworten.</translation>
    </message>
    <message>
        <source>Anonymous &apos;tells&apos; from anyone.</source>
        <translation>Anonyme &apos;Tells&apos; von jedem.</translation>
    </message>
    <message>
        <source>Senders are anonymous; a 10-word filter is easy to get round.</source>
        <translation>Absender sind anonym; ein Filter mit 10 Wörtern lässt sich leicht umgehen.</translation>
    </message>
    <message>
        <source>Meta&apos;s text-post network. Under-18 accounts start private and cannot use messages, and Instagram&apos;s Family Center supervision covers it.</source>
        <translation>Das Netzwerk von Meta für Textbeiträge. Konten von unter 18-Jährigen sind zu Beginn privat und können keine Nachrichten nutzen, und die Aufsicht über das Family Center von Instagram gilt auch hier.</translation>
    </message>
    <message>
        <source>Under-18 accounts are private by default; under-16s need a parent&apos;s approval to go public.</source>
        <translation>Konten von unter 18-Jährigen sind standardmäßig privat; unter 16-Jährige brauchen die Erlaubnis eines Elternteils, um öffentlich zu werden.</translation>
    </message>
    <message>
        <source>Messages from 1 Jul 2025 for 18+ only (not in the UK, EU, Australia or Japan at launch); not end-to-end encrypted.</source>
        <translation>Nachrichten ab 1. Juli 2025 nur ab 18 (zum Start nicht im Vereinigten Königreich, in der EU, in Australien oder Japan); nicht Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <source>Only text &apos;Live Chats&apos; in communities during events.</source>
        <translation>Nur textbasierte &apos;Live Chats&apos; in Communitys während Events.</translation>
    </message>
    <message>
        <source>Photos and videos in posts.</source>
        <translation>Fotos und Videos in Beiträgen.</translation>
    </message>
    <message>
        <source>A location can be added to posts.</source>
        <translation>Beiträgen kann ein Standort hinzugefügt werden.</translation>
    </message>
    <message>
        <source>A short-video app with comments, live streams and gifts. Accounts under 16 start private and cannot send messages, but 16-17s start public, and older users can host live streams.</source>
        <translation>Eine Kurzvideo-App mit Kommentaren, Livestreams und Geschenken. Konten unter 16 sind zu Beginn privat und können keine Nachrichten schicken, aber Konten von 16- und 17-Jährigen sind zu Beginn öffentlich, und ältere Nutzer können Livestreams veranstalten.</translation>
    </message>
    <message>
        <source>Australia bars under-16 accounts from 10 Dec 2025.</source>
        <translation>Australien verbietet ab dem 10. Dez. 2025 Konten von unter 16-Jährigen.</translation>
    </message>
    <message>
        <source>Videos are recommended to strangers; the Nearby/Local feed is 18+ only and never shows under-18s&apos; posts.</source>
        <translation>Videos werden Fremden empfohlen; der Nearby/Local-Feed ist nur ab 18 und zeigt nie Beiträge von unter 18-Jährigen.</translation>
    </message>
    <message>
        <source>Adults start public. Under-16 accounts are private by default; 16-17 accounts start public.</source>
        <translation>Erwachsene sind zu Beginn öffentlich. Konten von unter 16-Jährigen sind standardmäßig privat; Konten von 16- und 17-Jährigen sind zu Beginn öffentlich.</translation>
    </message>
    <message>
        <source>Messaging is 16+ only; for 16-17s the default is &apos;No one&apos;.</source>
        <translation>Nachrichten gibt es nur ab 16; für 16- und 17-Jährige ist die Standardeinstellung &apos;Niemand&apos;.</translation>
    </message>
    <message>
        <source>Direct messages for users 16 and over only.</source>
        <translation>Direktnachrichten nur für Nutzer ab 16 Jahren.</translation>
    </message>
    <message>
        <source>Hosting a LIVE has required 18+ since 23 Nov 2022; adults can also limit a LIVE to adult viewers.</source>
        <translation>Wer ein LIVE veranstaltet, muss seit 23. Nov. 2022 mindestens 18 sein; Erwachsene können ein LIVE außerdem auf erwachsene Zuschauer beschränken.</translation>
    </message>
    <message>
        <source>Videos and photos.</source>
        <translation>Videos und Fotos.</translation>
    </message>
    <message>
        <source>No disappearing messages reported.</source>
        <translation>Keine selbstlöschenden Nachrichten bekannt.</translation>
    </message>
    <message>
        <source>The Nearby/Local feed (UK, FR, DE, IT Dec 2025; US Feb 2026) uses opt-in precise location and is 18+ only.</source>
        <translation>Der Nearby/Local-Feed (UK, FR, DE, IT Dez. 2025; USA Feb. 2026) nutzt den genauen Standort nur nach Einwilligung und ist nur ab 18.</translation>
    </message>
    <message>
        <source>Viewers send gifts to LIVE hosts.</source>
        <translation>Zuschauer schicken den Veranstaltern eines LIVE Geschenke.</translation>
    </message>
    <message>
        <source>A blogging network where posts are public by default and blogs can only be made private with a password.</source>
        <translation>Ein Blog-Netzwerk, in dem Beiträge standardmäßig öffentlich sind und Blogs nur mit einem Passwort privat gemacht werden können.</translation>
    </message>
    <message>
        <source>16 in the EU and UK; 18 to send tips.</source>
        <translation>16 in der EU und im Vereinigten Königreich; 18 für das Senden von Trinkgeld.</translation>
    </message>
    <message>
        <source>Posts are public by default; only a password-protected secondary blog is private.</source>
        <translation>Beiträge sind standardmäßig öffentlich; nur ein passwortgeschützter Zweitblog ist privat.</translation>
    </message>
    <message>
        <source>Messages and group chats.</source>
        <translation>Nachrichten und Gruppenchats.</translation>
    </message>
    <message>
        <source>Tumblr Live ran from Dec 2022 until about Jan 2024.</source>
        <translation>Tumblr Live lief von Dez. 2022 bis etwa Jan. 2024.</translation>
    </message>
    <message>
        <source>Photo and video posts.</source>
        <translation>Foto- und Videobeiträge.</translation>
    </message>
    <message>
        <source>Tipping, 18+ only.</source>
        <translation>Trinkgeld, nur ab 18.</translation>
    </message>
    <message>
        <source>A live-streaming site with public chat alongside each stream. Any user can send a private &apos;whisper&apos; unless the setting blocking strangers is on.</source>
        <translation>Eine Livestreaming-Seite mit öffentlichem Chat neben jedem Stream. Jeder Nutzer kann ein privates &apos;Whisper&apos; schicken, sofern die Einstellung, die Fremde blockiert, nicht eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Terms from 9 Dec 2025: 13, 16 in Australia, or a higher local minimum; under-18s need parental supervision.</source>
        <translation>Nutzungsbedingungen ab 9. Dez. 2025: 13, in Australien 16, oder ein höheres örtliches Mindestalter; unter 18-Jährige brauchen elterliche Aufsicht.</translation>
    </message>
    <message>
        <source>Channels are public by design.</source>
        <translation>Kanäle sind grundsätzlich öffentlich.</translation>
    </message>
    <message>
        <source>Any user can whisper by default; a setting blocks strangers.</source>
        <translation>Standardmäßig kann jeder Nutzer Whispers schicken; eine Einstellung blockiert Fremde.</translation>
    </message>
    <message>
        <source>Whispers.</source>
        <translation>Whispers.</translation>
    </message>
    <message>
        <source>Live streaming is the core of the app.</source>
        <translation>Livestreaming ist der Kern der App.</translation>
    </message>
    <message>
        <source>Clips.</source>
        <translation>Clips.</translation>
    </message>
    <message>
        <source>A messaging and calling app with public Communities. Under-18s&apos; photos are visible to contacts only, and it has no parental controls.</source>
        <translation>Eine Messenger- und Anruf-App mit öffentlichen Communities. Fotos von unter 18-Jährigen sind nur für Kontakte sichtbar, und es gibt keine Jugendschutzeinstellungen.</translation>
    </message>
    <message>
        <source>From a copy of the terms; a 16 minimum in the EEA is not confirmed.</source>
        <translation>Aus einer Kopie der Nutzungsbedingungen; ein Mindestalter von 16 im EWR ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Communities can be public through a link; new members see the history.</source>
        <translation>Communities können über einen Link öffentlich sein; neue Mitglieder sehen den Verlauf.</translation>
    </message>
    <message>
        <source>For under-18s only contacts see the profile photo.</source>
        <translation>Bei unter 18-Jährigen sehen nur Kontakte das Profilfoto.</translation>
    </message>
    <message>
        <source>Chats and calls.</source>
        <translation>Chats und Anrufe.</translation>
    </message>
    <message>
        <source>Under-18s can only be added to groups by contacts.</source>
        <translation>Unter 18-Jährige können nur von Kontakten zu Gruppen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Disappearing messages.</source>
        <translation>Selbstlöschende Nachrichten.</translation>
    </message>
    <message>
        <source>A location can be attached to messages (a setting).</source>
        <translation>Nachrichten kann ein Standort angehängt werden (eine Einstellung).</translation>
    </message>
    <message>
        <source>A virtual-reality social world with public instances where avatars talk to strangers by live voice.</source>
        <translation>Eine soziale Welt in virtueller Realität mit öffentlichen Instanzen, in denen Avatare per Live-Sprachchat mit Fremden sprechen.</translation>
    </message>
    <message>
        <source>Some instances are for ID-verified adults only.</source>
        <translation>Manche Instanzen sind nur für Erwachsene mit geprüftem Ausweis.</translation>
    </message>
    <message>
        <source>Joining a public instance puts the user among strangers.</source>
        <translation>Wer einer öffentlichen Instanz beitritt, ist unter Fremden.</translation>
    </message>
    <message>
        <source>Public instances.</source>
        <translation>Öffentliche Instanzen.</translation>
    </message>
    <message>
        <source>Profiles are public.</source>
        <translation>Profile sind öffentlich.</translation>
    </message>
    <message>
        <source>Invites and requests.</source>
        <translation>Einladungen und Anfragen.</translation>
    </message>
    <message>
        <source>Live voice in shared worlds.</source>
        <translation>Live-Sprachchat in gemeinsamen Welten.</translation>
    </message>
    <message>
        <source>Live voice in shared worlds, not broadcasting.</source>
        <translation>Live-Sprachchat in gemeinsamen Welten, keine Übertragung.</translation>
    </message>
    <message>
        <source>User-made avatars and worlds.</source>
        <translation>Von Nutzern erstellte Avatare und Welten.</translation>
    </message>
    <message>
        <source>A Chinese all-in-one messaging app with People Nearby, Shake and live streams; Youth Mode turns the stranger features off.</source>
        <translation>Eine chinesische Alles-in-einem-Messenger-App mit People Nearby, Shake und Livestreams; der Jugendmodus schaltet die Funktionen für Kontakt mit Fremden aus.</translation>
    </message>
    <message>
        <source>No fixed minimum; under-14s need a guardian&apos;s consent and under-18s a guardian&apos;s supervision.</source>
        <translation>Kein festes Mindestalter; unter 14-Jährige brauchen die Zustimmung und unter 18-Jährige die Aufsicht eines Erziehungsberechtigten.</translation>
    </message>
    <message>
        <source>Shake pairs the user with strangers; off in Youth Mode.</source>
        <translation>Shake verbindet den Nutzer mit Fremden; im Jugendmodus aus.</translation>
    </message>
    <message>
        <source>People Nearby; off in Youth Mode.</source>
        <translation>People Nearby; im Jugendmodus aus.</translation>
    </message>
    <message>
        <source>Channels live; Youth Mode accounts cannot go live.</source>
        <translation>Live in Channels; Konten im Jugendmodus können nicht live gehen.</translation>
    </message>
    <message>
        <source>Tipping in live streams (not in Youth Mode).</source>
        <translation>Trinkgeld in Livestreams (nicht im Jugendmodus).</translation>
    </message>
    <message>
        <source>A messaging and calling app tied to a phone number. By default anyone can see the profile photo and add the user to a group, so strangers can reach a child through groups.</source>
        <translation>Eine Messenger- und Anruf-App, die an eine Telefonnummer gebunden ist. Standardmäßig kann jeder das Profilfoto sehen und den Nutzer zu einer Gruppe hinzufügen, sodass Fremde ein Kind über Gruppen erreichen können.</translation>
    </message>
    <message>
        <source>13 everywhere; the EU and UK minimum fell from 16 on 11 Apr 2024. Parent-managed accounts for under-13s were announced in Mar 2026.</source>
        <translation>Überall 13; das Mindestalter in der EU und im Vereinigten Königreich wurde am 11. Apr. 2024 von 16 gesenkt. Von Eltern verwaltete Konten für Kinder unter 13 wurden im März 2026 angekündigt.</translation>
    </message>
    <message>
        <source>Anyone can add the user to a group unless Groups is set to My Contacts.</source>
        <translation>Jeder kann den Nutzer zu einer Gruppe hinzufügen, sofern „Gruppen“ nicht auf „Meine Kontakte“ gestellt ist.</translation>
    </message>
    <message>
        <source>Any WhatsApp user can see the profile photo (and on mobile the About text) by default; no teen-specific defaults.</source>
        <translation>Standardmäßig kann jeder WhatsApp-Nutzer das Profilfoto sehen (und auf dem Handy den Info-Text); keine besonderen Standardeinstellungen für Jugendliche.</translation>
    </message>
    <message>
        <source>Anyone with the number can write, and group members can see each other; managed under-13 accounts only get messages from saved contacts.</source>
        <translation>Jeder, der die Nummer kennt, kann schreiben, und Gruppenmitglieder sehen einander; verwaltete Konten für Kinder unter 13 bekommen nur Nachrichten von gespeicherten Kontakten.</translation>
    </message>
    <message>
        <source>By default any user can add you to a group.</source>
        <translation>Standardmäßig kann jeder Nutzer Sie zu einer Gruppe hinzufügen.</translation>
    </message>
    <message>
        <source>Voice calls.</source>
        <translation>Sprachanrufe.</translation>
    </message>
    <message>
        <source>Video calls.</source>
        <translation>Videoanrufe.</translation>
    </message>
    <message>
        <source>Photos, videos and a profile photo.</source>
        <translation>Fotos, Videos und ein Profilfoto.</translation>
    </message>
    <message>
        <source>Disappearing messages (not available in managed accounts&apos; 1:1 chats).</source>
        <translation>Selbstlöschende Nachrichten (nicht verfügbar in 1:1-Chats verwalteter Konten).</translation>
    </message>
    <message>
        <source>Live location for 15 min, 1 h or 8 h; off for parent-managed accounts.</source>
        <translation>Live-Standort für 15 Min., 1 Std. oder 8 Std.; bei von Eltern verwalteten Konten aus.</translation>
    </message>
    <message>
        <source>Meta AI (not in parent-managed accounts).</source>
        <translation>Meta AI (nicht in von Eltern verwalteten Konten).</translation>
    </message>
    <message>
        <source>An anonymous confessions app with location-based posts. It has been discontinued.</source>
        <translation>Eine anonyme Beichte-App mit standortbasierten Beiträgen. Sie wurde eingestellt.</translation>
    </message>
    <message>
        <source>Discontinued; it left the App Store in Oct 2022, came back, then shut (date not known).</source>
        <translation>Eingestellt; sie verschwand im Okt. 2022 aus dem App Store, kam zurück und wurde dann geschlossen (Datum nicht bekannt).</translation>
    </message>
    <message>
        <source>App Store rating (not confirmed).</source>
        <translation>Altersfreigabe im App Store (nicht bestätigt).</translation>
    </message>
    <message>
        <source>Anonymous, location-based &apos;nearby&apos; posts.</source>
        <translation>Anonyme, standortbasierte Beiträge aus der &apos;Nähe&apos;.</translation>
    </message>
    <message>
        <source>Nearby posts.</source>
        <translation>Beiträge aus der Nähe.</translation>
    </message>
    <message>
        <source>Anonymous posting.</source>
        <translation>Anonymes Posten.</translation>
    </message>
    <message>
        <source>A swipe-to-befriend app that links profiles to Snapchat, so strangers move straight to Snapchat chats.</source>
        <translation>Eine App, in der man wischt, um Freunde zu finden, und die Profile mit Snapchat verknüpft, sodass Fremde direkt zu Snapchat-Chats wechseln.</translation>
    </message>
    <message>
        <source>13 in the terms (App Store 12+), with no effective age check.</source>
        <translation>13 laut Nutzungsbedingungen (App Store 12+), ohne wirksame Altersprüfung.</translation>
    </message>
    <message>
        <source>Swipe through strangers.</source>
        <translation>Durch Fremde wischen.</translation>
    </message>
    <message>
        <source>Swiping, filtered by country and age.</source>
        <translation>Wischen, gefiltert nach Land und Alter.</translation>
    </message>
    <message>
        <source>Through Snapchat.</source>
        <translation>Über Snapchat.</translation>
    </message>
    <message>
        <source>Filter by country.</source>
        <translation>Filter nach Land.</translation>
    </message>
    <message>
        <source>Built around swapping Snapchat usernames.</source>
        <translation>Baut auf dem Tausch von Snapchat-Benutzernamen auf.</translation>
    </message>
    <message>
        <source>A swipe-to-make-friends app pulled from Apple&apos;s and Google&apos;s stores in Jan 2024 over sextortion cases.</source>
        <translation>Eine App, in der man wischt, um Freunde zu finden; sie wurde im Jan. 2024 wegen Fällen von Sextortion aus den Stores von Apple und Google entfernt.</translation>
    </message>
    <message>
        <source>Removed from the Apple and Google stores on 30 Jan 2024 over sextortion; whether it came back is not confirmed.</source>
        <translation>Am 30. Jan. 2024 wegen Sextortion aus den Stores von Apple und Google entfernt; ob sie zurückgekehrt ist, ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Self-identified as age-restricted under Australia&apos;s under-16 rules (from 10 Dec 2025).</source>
        <translation>Stuft sich selbst als altersbeschränkt nach den australischen Regeln für unter 16-Jährige ein (ab 10. Dez. 2025).</translation>
    </message>
    <message>
        <source>Swipe to &apos;make friends&apos; with strangers.</source>
        <translation>Wischen, um mit Fremden &apos;Freundschaft zu schließen&apos;.</translation>
    </message>
    <message>
        <source>Swiping.</source>
        <translation>Wischen.</translation>
    </message>
    <message>
        <source>Photos.</source>
        <translation>Fotos.</translation>
    </message>
    <message>
        <source>The profile shows the user&apos;s state.</source>
        <translation>Das Profil zeigt den Bundesstaat des Nutzers.</translation>
    </message>
    <message>
        <source>A public posting network (formerly Twitter) with direct messages and live broadcasts.</source>
        <translation>Ein öffentliches Netzwerk für Beiträge (früher Twitter) mit Direktnachrichten und Liveübertragungen.</translation>
    </message>
    <message>
        <source>X also infers from behaviour whether a user is a minor. Australia bars under-16 accounts from 10 Dec 2025.</source>
        <translation>X schließt außerdem aus dem Verhalten, ob ein Nutzer minderjährig ist. Australien verbietet ab dem 10. Dez. 2025 Konten von unter 16-Jährigen.</translation>
    </message>
    <message>
        <source>Posts are public by default.</source>
        <translation>Beiträge sind standardmäßig öffentlich.</translation>
    </message>
    <message>
        <source>Spaces live audio rooms.</source>
        <translation>Spaces, Live-Audioräume.</translation>
    </message>
    <message>
        <source>Live video broadcasts and Spaces (with host video since Feb 2024).</source>
        <translation>Live-Videoübertragungen und Spaces (seit Feb. 2024 mit Video des Gastgebers).</translation>
    </message>
    <message>
        <source>Optional location on posts.</source>
        <translation>Freiwilliger Standort bei Beiträgen.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s consoles and online network, with matchmaking, party voice chat and messages.</source>
        <translation>Die Konsolen und das Online-Netzwerk von Microsoft, mit Spielersuche, Sprachchat in Partys und Nachrichten.</translation>
    </message>
    <message>
        <source>Under-13s use child accounts a parent creates (not confirmed).</source>
        <translation>Kinder unter 13 nutzen Kinderkonten, die ein Elternteil anlegt (nicht bestätigt).</translation>
    </message>
    <message>
        <source>Voice chat in matches and parties.</source>
        <translation>Sprachchat in Spielen und Partys.</translation>
    </message>
    <message>
        <source>Broadcasting (not confirmed).</source>
        <translation>Übertragungen (nicht bestätigt).</translation>
    </message>
    <message>
        <source>Game clips and screenshots.</source>
        <translation>Spielclips und Screenshots.</translation>
    </message>
    <message>
        <source>Google&apos;s video site with comments and live streams. Teens&apos; uploads start private, and streaming alone needs 16+; messages returned in 2025 as an adults-only test in Europe.</source>
        <translation>Die Videoseite von Google mit Kommentaren und Livestreams. Uploads von Jugendlichen sind zu Beginn privat, und allein streamen darf man erst ab 16; Nachrichten kamen 2025 als Test nur für Erwachsene in Europa zurück.</translation>
    </message>
    <message>
        <source>Younger children can use supervised options. Australia bars under-16 accounts from 10 Dec 2025.</source>
        <translation>Jüngere Kinder können beaufsichtigte Angebote nutzen. Australien verbietet ab dem 10. Dez. 2025 Konten von unter 16-Jährigen.</translation>
    </message>
    <message>
        <source>Uploads are private by default for 13-17s (since Aug 2021).</source>
        <translation>Uploads von 13- bis 17-Jährigen sind standardmäßig privat (seit Aug. 2021).</translation>
    </message>
    <message>
        <source>Removed in 2019; back from Nov 2025 as an 18+ test in Ireland and Poland, reportedly widened to 31 European countries in Mar 2026.</source>
        <translation>2019 abgeschafft; seit Nov. 2025 als Test ab 18 in Irland und Polen zurück, im März 2026 Berichten zufolge auf 31 europäische Länder ausgeweitet.</translation>
    </message>
    <message>
        <source>Since 22 Jul 2025 you must be 16+ to stream alone; 13-15s only with an adult visible who has channel access.</source>
        <translation>Seit 22. Juli 2025 müssen Sie mindestens 16 sein, um allein zu streamen; 13- bis 15-Jährige nur, wenn ein Erwachsener mit Kanalzugriff sichtbar ist.</translation>
    </message>
    <message>
        <source>A separate YouTube app for under-13s that a parent sets up; it has no uploads or messages.</source>
        <translation>Eine eigene YouTube-App für Kinder unter 13, die ein Elternteil einrichtet; es gibt kein Hochladen und keine Nachrichten.</translation>
    </message>
    <message>
        <source>For children under 13, set up by a parent (not confirmed by a source).</source>
        <translation>Für Kinder unter 13, von einem Elternteil eingerichtet (nicht durch eine Quelle bestätigt).</translation>
    </message>
    <message>
        <source>A &apos;make new friends&apos; app (formerly Yellow): swipe through strangers, join group live streams and find people nearby. Everyone passes a facial age check.</source>
        <translation>Eine App, um &apos;neue Freunde zu finden&apos; (früher Yellow): durch Fremde wischen, an Gruppen-Livestreams teilnehmen und Menschen in der Nähe finden. Alle durchlaufen eine Altersprüfung per Gesichtsscan.</translation>
    </message>
    <message>
        <source>Unsettled: sources give 13, 16 (a wiki citing Yubo&apos;s safety page, Sept 2025) and 18 (Yubo&apos;s help centre). Users have had a facial age check (Yoti) since Sept 2022, and age groups are kept apart. Self-identified as age-restricted under Australia&apos;s under-16 rules (from 10 Dec 2025).</source>
        <translation>Ungeklärt: Die Quellen nennen 13, 16 (ein Wiki, das die Sicherheitsseite von Yubo zitiert, Sept. 2025) und 18 (Hilfe-Center von Yubo). Seit Sept. 2022 durchlaufen Nutzer eine Altersprüfung per Gesichtsscan (Yoti), und Altersgruppen werden getrennt gehalten. Stuft sich selbst als altersbeschränkt nach den australischen Regeln für unter 16-Jährige ein (ab 10. Dez. 2025).</translation>
    </message>
    <message>
        <source>Swipe to befriend strangers.</source>
        <translation>Wischen, um sich mit Fremden anzufreunden.</translation>
    </message>
    <message>
        <source>Swiping and location-based discovery such as &apos;My country first&apos;.</source>
        <translation>Wischen und standortbasiertes Entdecken wie &apos;My country first&apos;.</translation>
    </message>
    <message>
        <source>Profiles are discoverable by design.</source>
        <translation>Profile sind grundsätzlich auffindbar.</translation>
    </message>
    <message>
        <source>Chat follows a match or a live stream.</source>
        <translation>Der Chat folgt auf ein Match oder einen Livestream.</translation>
    </message>
    <message>
        <source>Group live streams of up to 10 people.</source>
        <translation>Gruppen-Livestreams mit bis zu 10 Personen.</translation>
    </message>
    <message>
        <source>Nearby profiles.</source>
        <translation>Profile in der Nähe.</translation>
    </message>
    <message>
        <source>Video meetings with chat; anyone with a meeting link can join unless the host limits it.</source>
        <translation>Videomeetings mit Chat; jeder mit einem Meeting-Link kann teilnehmen, sofern der Gastgeber das nicht einschränkt.</translation>
    </message>
    <message>
        <source>School (K-12) accounts are the exception.</source>
        <translation>Schulkonten (K-12) sind die Ausnahme.</translation>
    </message>
    <message>
        <source>Meeting and team chat.</source>
        <translation>Meeting- und Team-Chat.</translation>
    </message>
    <message>
        <source>Audio in meetings.</source>
        <translation>Audio in Meetings.</translation>
    </message>
    <message>
        <source>Video meetings.</source>
        <translation>Videomeetings.</translation>
    </message>
    <message>
        <source>Webinars and live streaming.</source>
        <translation>Webinare und Livestreaming.</translation>
    </message>
    <message>
        <source>Files in chat.</source>
        <translation>Dateien im Chat.</translation>
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
    <message>
        <source>&apos;{feature}&apos; is not a catalogue feature.</source>
        <translation>„{feature}“ ist keine Funktion aus dem Katalog.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a feature value.</source>
        <translation>„{value}“ ist kein Wert für eine Funktion.</translation>
    </message>
    <message>
        <source>Use one of: {names}.</source>
        <translation>Verwenden Sie einen dieser Werte: {names}.</translation>
    </message>
    <message>
        <source>cannot set up starting at login ({reason}).</source>
        <translation>Der Start bei der Anmeldung kann nicht eingerichtet werden ({reason}).</translation>
    </message>
    <message>
        <source>too many backups in the same second.</source>
        <translation>Zu viele Sicherungen in derselben Sekunde.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>the backup could not be written.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the drive is connected, writable and has free space, or choose another backup folder. Your household is unchanged.</source>
        <translation>Prüfen Sie, ob das Laufwerk angeschlossen und beschreibbar ist und freien Platz hat, oder wählen Sie einen anderen Sicherungsordner. Ihr Haushalt ist unverändert.</translation>
    </message>
    <message>
        <source>cannot create the backup folder ({reason}).</source>
        <translation>Der Sicherungsordner kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>See resources/catalogue/README.md for the format of a catalogue file.</source>
        <translation>Das Format einer Katalogdatei beschreibt resources/catalogue/README.md.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {problem}</source>
        <translation>„{key}“: {problem}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed; use one of: {names}.</source>
        <translation>„{value}“ ist nicht erlaubt; verwenden Sie einen dieser Werte: {names}.</translation>
    </message>
    <message>
        <source>must be written as [[parental_controls]] tables.</source>
        <translation>muss als [[parental_controls]]-Tabellen geschrieben sein.</translation>
    </message>
    <message>
        <source>must be a list of texts, e.g. [&quot;musical.ly&quot;].</source>
        <translation>muss eine Liste von Texten sein, z. B. [&quot;musical.ly&quot;].</translation>
    </message>
    <message>
        <source>use only lowercase letters, digits and _.</source>
        <translation>verwenden Sie nur Kleinbuchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; must equal the file name without .toml (&apos;{stem}&apos;).</source>
        <translation>„{id}“ muss dem Dateinamen ohne .toml entsprechen („{stem}“).</translation>
    </message>
    <message>
        <source>must be the newest last_verified of the facts in the file ({date}).</source>
        <translation>muss das neueste last_verified der Angaben in der Datei sein ({date}).</translation>
    </message>
    <message>
        <source>must be a table ([section]).</source>
        <translation>muss eine Tabelle sein ([Abschnitt]).</translation>
    </message>
    <message>
        <source>must be a non-empty text in quotes.</source>
        <translation>muss ein nicht leerer Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>must be a date written like 2026-11-01 (no quotes).</source>
        <translation>muss ein Datum in der Form 2026-11-01 sein (ohne Anführungszeichen).</translation>
    </message>
    <message>
        <source>must be true or false (no quotes).</source>
        <translation>muss true oder false sein (ohne Anführungszeichen).</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// or http://.</source>
        <translation>muss eine Webadresse sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>must be whole years from 0 to 21 (0 = no minimum) or &quot;unknown&quot;.</source>
        <translation>muss eine ganze Zahl von Jahren von 0 bis 21 (0 = kein Mindestalter) oder &quot;unknown&quot; sein.</translation>
    </message>
    <message>
        <source>use a two-letter country code = whole years, e.g. AU = 16.</source>
        <translation>verwenden Sie Ländercode aus zwei Buchstaben = ganze Jahre, z. B. AU = 16.</translation>
    </message>
    <message>
        <source>unknown feature; features are: {names}.</source>
        <translation>unbekannte Funktion; die Funktionen sind: {names}.</translation>
    </message>
    <message>
        <source>missing; every feature needs a table (value may be &quot;unknown&quot;).</source>
        <translation>fehlt; jede Funktion braucht eine Tabelle (value darf &quot;unknown&quot; sein).</translation>
    </message>
    <message>
        <source>must be a table.</source>
        <translation>muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>unknown setting; settings are: {names}.</source>
        <translation>unbekannte Einstellung; die Einstellungen sind: {names}.</translation>
    </message>
    <message>
        <source>must be a list of texts, e.g. [&quot;com.example.app&quot;].</source>
        <translation>muss eine Liste von Texten sein, z. B. [&quot;com.example.app&quot;].</translation>
    </message>
    <message>
        <source>&apos;{alias}&apos; must be lowercase without surrounding spaces.</source>
        <translation>„{alias}“ muss kleingeschrieben sein, ohne Leerzeichen davor oder danach.</translation>
    </message>
    <message>
        <source>cannot read the file ({reason}).</source>
        <translation>Die Datei kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>not valid TOML ({reason}).</source>
        <translation>Kein gültiges TOML ({reason}).</translation>
    </message>
    <message>
        <source>unknown key; allowed keys are: {names}.</source>
        <translation>unbekannter Schlüssel; erlaubt sind: {names}.</translation>
    </message>
    <message>
        <source>the catalogue folder does not exist.</source>
        <translation>Der Katalogordner existiert nicht.</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is used by both &apos;{owner}&apos; and &apos;{app}&apos;; names must be unique.</source>
        <translation>„{key}“ wird sowohl von „{owner}“ als auch von „{app}“ verwendet; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>give the value you found (yes, no, partial or unknown), or --reset.</source>
        <translation>Geben Sie den gefundenen Wert an (yes, no, partial oder unknown) oder --reset.</translation>
    </message>
    <message>
        <source>name an app, or a custom one with --custom NAME --feature FEATURE.</source>
        <translation>Nennen Sie eine App oder eine eigene mit --custom NAME --feature FEATURE.</translation>
    </message>
    <message>
        <source>there is no household in {folder} yet.</source>
        <translation>In {folder} gibt es noch keinen Haushalt.</translation>
    </message>
    <message>
        <source>Start FamilyGuard once first.</source>
        <translation>Starten Sie FamilyGuard zuerst einmal.</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>cannot write the CSV file ({reason}).</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>the name is longer than {count} characters.</source>
        <translation>Der Name ist länger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>the handle is longer than {count} characters.</source>
        <translation>Der Benutzername ist länger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>unknown relation &apos;{relation}&apos;.</source>
        <translation>Unbekannte Beziehung „{relation}“.</translation>
    </message>
    <message>
        <source>a CSV file can be for any app.</source>
        <translation>Eine CSV-Datei kann zu jeder App gehören.</translation>
    </message>
    <message>
        <source>Type the name the child sees on the app.</source>
        <translation>Geben Sie den Namen ein, den das Kind in der App sieht.</translation>
    </message>
    <message>
        <source>Name the app with --app APP.</source>
        <translation>Nennen Sie die App mit --app APP.</translation>
    </message>
    <message>
        <source>{folder} already holds a household.</source>
        <translation>In {folder} gibt es schon einen Haushalt.</translation>
    </message>
    <message>
        <source>Use --force to replace it with the demo.</source>
        <translation>Mit --force ersetzen Sie ihn durch die Demo.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a setting FamilyGuard knows.</source>
        <translation>„{text}“ ist keine Einstellung, die FamilyGuard kennt.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a value of {key}.</source>
        <translation>„{value}“ ist kein Wert von {key}.</translation>
    </message>
    <message>
        <source>Use KEY=VALUE with KEY one of: {names}.</source>
        <translation>Verwenden Sie KEY=VALUE, mit KEY aus: {names}.</translation>
    </message>
    <message>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <source>Did you mean: {names}?</source>
        <translation>Meinten Sie: {names}?</translation>
    </message>
    <message>
        <source>no {kind} called &apos;{wanted}&apos;.</source>
        <translation>{kind} „{wanted}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>there is already a child called {name}.</source>
        <translation>Es gibt schon ein Kind namens {name}.</translation>
    </message>
    <message>
        <source>the birth date {date} is in the future.</source>
        <translation>Das Geburtsdatum {date} liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>the birth date {date} is more than 25 years ago.</source>
        <translation>Das Geburtsdatum {date} liegt mehr als 25 Jahre zurück.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>app of {child}</source>
        <translation>App von {child}</translation>
    </message>
    <message>
        <source>Use another name or a nickname.</source>
        <translation>Verwenden Sie einen anderen Namen oder einen Spitznamen.</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>Type the child&apos;s first name.</source>
        <translation>Geben Sie den Vornamen des Kindes ein.</translation>
    </message>
    <message>
        <source>A first name is enough.</source>
        <translation>Ein Vorname genügt.</translation>
    </message>
    <message>
        <source>{app} is already in this child&apos;s apps.</source>
        <translation>{app} ist schon unter den Apps dieses Kindes.</translation>
    </message>
    <message>
        <source>unknown feature: {names}.</source>
        <translation>Unbekannte Funktion: {names}.</translation>
    </message>
    <message>
        <source>a custom app needs at least one feature.</source>
        <translation>Eine eigene App braucht mindestens eine Funktion.</translation>
    </message>
    <message>
        <source>Use --feature with any of: {names}.</source>
        <translation>Verwenden Sie --feature mit einem dieser Werte: {names}.</translation>
    </message>
    <message>
        <source>Edit it instead.</source>
        <translation>Bearbeiten Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>The download may be incomplete or damaged: download the export again.</source>
        <translation>Der Download ist vielleicht unvollständig oder beschädigt: Laden Sie den Export noch einmal herunter.</translation>
    </message>
    <message>
        <source>Use the zip exactly as the app delivered it.</source>
        <translation>Verwenden Sie die ZIP-Datei genau so, wie die App sie geliefert hat.</translation>
    </message>
    <message>
        <source>the zip contains an unsafe path ({name}); it was refused.</source>
        <translation>Die ZIP-Datei enthält einen unsicheren Pfad ({name}); sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>the zip contains a link ({name}); it was refused.</source>
        <translation>Die ZIP-Datei enthält eine Verknüpfung ({name}); sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>the zip is password-protected ({name}).</source>
        <translation>Die ZIP-Datei ist passwortgeschützt ({name}).</translation>
    </message>
    <message>
        <source>no file was chosen.</source>
        <translation>Es wurde keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>the export has more than {count} files.</source>
        <translation>Der Export enthält mehr als {count} Dateien.</translation>
    </message>
    <message>
        <source>the zip holds more than {count} files.</source>
        <translation>Die ZIP-Datei enthält mehr als {count} Dateien.</translation>
    </message>
    <message>
        <source>{name} is over {size} MB, too large.</source>
        <translation>{name} ist größer als {size} MB, zu groß.</translation>
    </message>
    <message>
        <source>the files to import add up to more than {size} MB.</source>
        <translation>Die zu importierenden Dateien sind zusammen größer als {size} MB.</translation>
    </message>
    <message>
        <source>{name} is larger than it claims to be; it was refused.</source>
        <translation>{name} ist größer als angegeben; die Datei wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Use the zip exactly as the app delivered it, without adding a password.</source>
        <translation>Verwenden Sie die ZIP-Datei genau so, wie die App sie geliefert hat, ohne ein Passwort hinzuzufügen.</translation>
    </message>
    <message>
        <source>Choose the export zip or its folder.</source>
        <translation>Wählen Sie die ZIP-Datei des Exports oder ihren Ordner.</translation>
    </message>
    <message>
        <source>the zip file is damaged or incomplete.</source>
        <translation>Die ZIP-Datei ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>{name} is compressed suspiciously well (a &apos;zip bomb&apos;); it was not opened.</source>
        <translation>{name} ist verdächtig stark komprimiert (eine „ZIP-Bombe“); die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>{name} could not be read: it is damaged.</source>
        <translation>{name} konnte nicht gelesen werden: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>the folder holds more than {count} files.</source>
        <translation>Der Ordner enthält mehr als {count} Dateien.</translation>
    </message>
    <message>
        <source>file not found.</source>
        <translation>Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>Choose the export&apos;s own folder, not a larger one.</source>
        <translation>Wählen Sie den Ordner des Exports selbst, keinen übergeordneten.</translation>
    </message>
    <message>
        <source>{name}, line {line}: {problem}</source>
        <translation>{name}, Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>Save the list as CSV (UTF-8) with the header {columns}.</source>
        <translation>Speichern Sie die Liste als CSV (UTF-8) mit der Kopfzeile {columns}.</translation>
    </message>
    <message>
        <source>Columns: {columns}; lists are separated by &apos;;&apos;.</source>
        <translation>Spalten: {columns}; Listen werden durch „;“ getrennt.</translation>
    </message>
    <message>
        <source>{text} is not a date (use 2024-05-01 or 2024-05-01T10:00:00Z).</source>
        <translation>{text} ist kein Datum (verwenden Sie 2024-05-01 oder 2024-05-01T10:00:00Z).</translation>
    </message>
    <message>
        <source>the row cannot be read as CSV ({reason}).</source>
        <translation>Die Zeile lässt sich nicht als CSV lesen ({reason}).</translation>
    </message>
    <message>
        <source>expected {wanted} cells, found {found}.</source>
        <translation>{wanted} Zellen erwartet, {found} gefunden.</translation>
    </message>
    <message>
        <source>unknown list {name}.</source>
        <translation>Unbekannte Liste {name}.</translation>
    </message>
    <message>
        <source>a contact needs a name, handle or platform_id.</source>
        <translation>Ein Kontakt braucht einen Namen, einen Benutzernamen (handle) oder eine platform_id.</translation>
    </message>
    <message>
        <source>Request the export again in JSON format (not HTML), with the date range &quot;All time&quot;.</source>
        <translation>Fordern Sie den Export noch einmal im Format JSON (nicht HTML) an, mit dem Zeitraum „Gesamter Zeitraum“.</translation>
    </message>
    <message>
        <source>Spotify exports only follower counts: it has no friend list.</source>
        <translation>Spotify exportiert nur die Zahl der Follower: Es gibt keine Freundesliste.</translation>
    </message>
    <message>
        <source>Choose the zip (or unzipped folder) the app sent you, downloaded in JSON format.</source>
        <translation>Wählen Sie die ZIP-Datei (oder den entpackten Ordner), die die App Ihnen geschickt hat, im Format JSON heruntergeladen.</translation>
    </message>
    <message>
        <source>an {app}</source>
        <translation>{app}</translation>
    </message>
    <message>
        <source>a {app}</source>
        <translation>{app}</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s report has no friend list to import.</source>
        <translation>Der Bericht von WhatsApp enthält keine Freundesliste zum Importieren.</translation>
    </message>
    <message>
        <source>this does not look like {app} export (it contains {keys}).</source>
        <translation>Dies sieht nicht nach einem {app}-Export aus (er enthält {keys}).</translation>
    </message>
    <message>
        <source>this does not look like {app} export.</source>
        <translation>Dies sieht nicht nach einem {app}-Export aus.</translation>
    </message>
    <message>
        <source>FamilyGuard cannot import friend lists from &apos;{app}&apos;.</source>
        <translation>FamilyGuard kann keine Freundeslisten aus „{app}“ importieren.</translation>
    </message>
    <message>
        <source>this looks like {app} export, not {wanted} export.</source>
        <translation>Dies sieht nach einem {app}-Export aus, nicht nach einem {wanted}-Export.</translation>
    </message>
    <message>
        <source>this looks like {app} export, but it has no friend or follower lists.</source>
        <translation>Dies sieht nach einem {app}-Export aus, enthält aber keine Freundes- oder Followerlisten.</translation>
    </message>
    <message>
        <source>this folder holds zip files, which are not opened from inside a folder.</source>
        <translation>Dieser Ordner enthält ZIP-Dateien, die innerhalb eines Ordners nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>this is a photo, video or document, not a data export.</source>
        <translation>Dies ist ein Foto, ein Video oder ein Dokument, kein Datenexport.</translation>
    </message>
    <message>
        <source>this does not look like an export from a supported app (it contains {keys}).</source>
        <translation>Dies sieht nicht nach einem Export aus einer unterstützten App aus (er enthält {keys}).</translation>
    </message>
    <message>
        <source>this does not look like an export from a supported app.</source>
        <translation>Dies sieht nicht nach einem Export aus einer unterstützten App aus.</translation>
    </message>
    <message>
        <source>Supported: {apps}.</source>
        <translation>Unterstützt: {apps}.</translation>
    </message>
    <message>
        <source>this is an HTML export from {app}; FamilyGuard reads JSON.</source>
        <translation>Dies ist ein HTML-Export von {app}; FamilyGuard liest JSON.</translation>
    </message>
    <message>
        <source>this is an HTML export; FamilyGuard reads JSON.</source>
        <translation>Dies ist ein HTML-Export; FamilyGuard liest JSON.</translation>
    </message>
    <message>
        <source>this looks like {app} export. {why}</source>
        <translation>Dies sieht nach einem {app}-Export aus. {why}</translation>
    </message>
    <message>
        <source>Choose the zip files themselves (all parts at once if there are several).</source>
        <translation>Wählen Sie die ZIP-Dateien selbst (bei mehreren Teilen alle zugleich).</translation>
    </message>
    <message>
        <source>In Discord open User Settings → Data &amp; Privacy → Request all of my data, include &apos;Account&apos;, and choose the package.zip Discord emails you.</source>
        <translation>Öffnen Sie in Discord Benutzereinstellungen → Daten &amp; Privatsphäre → „Alle meine Daten anfordern“, schließen Sie „Konto“ ein und wählen Sie die package.zip, die Discord Ihnen per E-Mail schickt.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte}).</source>
        <translation>{name} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>{name} ist zu tief verschachtelt, um ein Export zu sein.</translation>
    </message>
    <message>
        <source>Use the file exactly as the app produced it, or save it again as UTF-8.</source>
        <translation>Verwenden Sie die Datei genau so, wie die App sie erstellt hat, oder speichern Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}).</source>
        <translation>{name} ist kein gültiges JSON (Zeile {line}).</translation>
    </message>
    <message>
        <source>{name} is not valid JSON.</source>
        <translation>{name} ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The file may be damaged or incomplete: download the export again.</source>
        <translation>Die Datei ist vielleicht beschädigt oder unvollständig: Laden Sie den Export noch einmal herunter.</translation>
    </message>
    <message>
        <source>In Facebook open Accounts Center → Your information and permissions → Download your information, pick &apos;Connections&apos; (friends and followers), format JSON and date range &apos;All time&apos;.</source>
        <translation>Öffnen Sie in Facebook Kontenübersicht → „Deine Informationen und Berechtigungen“ → „Deine Informationen herunterladen“, wählen Sie „Verbindungen“ (Freunde und Follower), das Format JSON und den Zeitraum „Gesamter Zeitraum“.</translation>
    </message>
    <message>
        <source>In Instagram open Accounts Center → Your information and permissions → Download your information, pick &apos;Followers and following&apos;, format JSON and date range &apos;All time&apos;.</source>
        <translation>Öffnen Sie in Instagram Kontenübersicht → „Deine Informationen und Berechtigungen“ → „Deine Informationen herunterladen“, wählen Sie „Follower und gefolgte Personen“, das Format JSON und den Zeitraum „Gesamter Zeitraum“.</translation>
    </message>
    <message>
        <source>In Snapchat go to accounts.snapchat.com → My Data, tick &apos;Export JSON files&apos; and &apos;Friends&apos;, choose &apos;All time&apos;, and submit; then choose the downloaded mydata zip.</source>
        <translation>Gehen Sie für Snapchat auf accounts.snapchat.com → „Meine Daten“, haken Sie „JSON-Dateien exportieren“ und „Freunde“ an, wählen Sie „Gesamter Zeitraum“ und senden Sie ab; wählen Sie dann die heruntergeladene mydata-ZIP-Datei.</translation>
    </message>
    <message>
        <source>In Telegram Desktop open Settings → Advanced → Export Telegram data, tick &apos;Contacts list&apos; and &apos;Frequent contacts&apos;, choose &apos;Machine-readable JSON&apos;, and choose the result.json it writes.</source>
        <translation>Öffnen Sie in Telegram Desktop Einstellungen → Erweitert → „Telegram-Daten exportieren“, haken Sie „Kontaktliste“ und „Häufige Kontakte“ an, wählen Sie „Maschinenlesbares JSON“ und dann die Datei result.json, die Telegram schreibt.</translation>
    </message>
    <message>
        <source>In TikTok open Settings → Account → Download your data, choose &apos;All data&apos; and the JSON format, then choose the downloaded zip.</source>
        <translation>Öffnen Sie in TikTok Einstellungen → Konto → „Deine Daten herunterladen“, wählen Sie „Alle Daten“ und das Format JSON und dann die heruntergeladene ZIP-Datei.</translation>
    </message>
    <message>
        <source>In X open Settings → Your account → Download an archive of your data, and choose the twitter-….zip when it is ready (all parts if it comes in several).</source>
        <translation>Öffnen Sie in X Einstellungen → „Dein Konto“ → „Archiv deiner Daten herunterladen“ und wählen Sie die twitter-….zip, sobald sie bereit ist (alle Teile, wenn sie in mehreren kommt).</translation>
    </message>
    <message>
        <source>Your family&apos;s data is encrypted with a key kept in this computer&apos;s password store (keyring), not with the PIN or passphrase of the lock, so forgetting it loses nothing. Enter the recovery code you were shown when you turned the lock on, then choose a new PIN or passphrase. If the recovery code is lost too, the data is still intact: the README&apos;s &apos;Parent lock&apos; section says how to remove the lock by hand.</source>
        <translation>Die Daten Ihrer Familie sind mit einem Schlüssel verschlüsselt, der in der Passwortverwaltung (Schlüsselbund) dieses Computers liegt, nicht mit der PIN oder dem Passwort der Sperre: Wer sie vergisst, verliert also nichts. Geben Sie den Wiederherstellungscode ein, der Ihnen beim Einschalten der Sperre gezeigt wurde, und wählen Sie dann eine neue PIN oder ein neues Passwort. Ist auch der Wiederherstellungscode verloren, sind die Daten trotzdem unversehrt: Der Abschnitt „Parent lock“ der README beschreibt, wie Sie die Sperre von Hand entfernen.</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <translation>{count} Minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>{count} second</source>
        <translation>{count} Sekunde</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} Sekunden</translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message>
        <source>Your family&apos;s data is encrypted with this passphrase itself, because this computer has no password store (keyring) that FamilyGuard can use. If the passphrase is forgotten, the data cannot be opened by anyone: there is no recovery code and no back door. You can only start again with a new, empty household.</source>
        <translation>Die Daten Ihrer Familie sind mit genau diesem Passwort verschlüsselt, weil dieser Computer keine Passwortverwaltung (Schlüsselbund) hat, die FamilyGuard nutzen kann. Wird das Passwort vergessen, kann niemand die Daten mehr öffnen: Es gibt keinen Wiederherstellungscode und keine Hintertür. Sie können dann nur mit einem neuen, leeren Haushalt von vorn beginnen.</translation>
    </message>
    <message>
        <source>FamilyGuard is locked: enter the parent PIN.</source>
        <translation>FamilyGuard ist gesperrt: Geben Sie die Eltern-PIN ein.</translation>
    </message>
    <message>
        <source>FamilyGuard is locked: enter the parent passphrase.</source>
        <translation>FamilyGuard ist gesperrt: Geben Sie das Eltern-Passwort ein.</translation>
    </message>
    <message>
        <source>the parent lock is off.</source>
        <translation>Die Elternsperre ist aus.</translation>
    </message>
    <message>
        <source>FamilyGuard is locked after too many wrong attempts: try again in {wait}.</source>
        <translation>FamilyGuard ist nach zu vielen falschen Versuchen gesperrt: Versuchen Sie es in {wait} erneut.</translation>
    </message>
    <message>
        <source>a PIN is at least {count} digits (0-9) and nothing else.</source>
        <translation>Eine PIN besteht aus mindestens {count} Ziffern (0–9) und nichts anderem.</translation>
    </message>
    <message>
        <source>this PIN is too easy to guess.</source>
        <translation>Diese PIN ist zu leicht zu erraten.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>Wait {wait} before the next try.</source>
        <translation>Warten Sie {wait} bis zum nächsten Versuch.</translation>
    </message>
    <message>
        <source>Check it and try again.</source>
        <translation>Prüfen Sie die Eingabe und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>the parent lock in the key file is damaged.</source>
        <translation>Die Elternsperre in der Schlüsseldatei ist beschädigt.</translation>
    </message>
    <message>
        <source>Turn it on with &apos;familyguard lock set&apos;.</source>
        <translation>Schalten Sie sie mit „familyguard lock set“ ein.</translation>
    </message>
    <message>
        <source>Each further wrong attempt doubles the wait (at most 15 minutes).</source>
        <translation>Jeder weitere falsche Versuch verdoppelt die Wartezeit (höchstens 15 Minuten).</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters.</source>
        <translation>Das Passwort muss mindestens {count} Zeichen haben.</translation>
    </message>
    <message>
        <source>Avoid repeated digits and runs like 123456.</source>
        <translation>Vermeiden Sie wiederholte Ziffern und Folgen wie 123456.</translation>
    </message>
    <message>
        <source>the parent lock is already on.</source>
        <translation>Die Elternsperre ist schon an.</translation>
    </message>
    <message>
        <source>Restore it from a backup.</source>
        <translation>Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A few words you will remember work well.</source>
        <translation>Ein paar Wörter, die Sie sich merken können, eignen sich gut.</translation>
    </message>
    <message>
        <source>Change it with &apos;familyguard lock change&apos;.</source>
        <translation>Ändern Sie sie mit „familyguard lock change“.</translation>
    </message>
    <message>
        <source>this is an export from {app}, not from {wanted}.</source>
        <translation>Dies ist ein Export von {app}, nicht von {wanted}.</translation>
    </message>
    <message>
        <source>To import it, choose {app} as the app. To import {wanted}&apos;s friends instead: {howto}</source>
        <translation>Um ihn zu importieren, wählen Sie {app} als App. Um stattdessen die Freunde von {wanted} zu importieren: {howto}</translation>
    </message>
    <message>
        <source>its app column names {app}, an app FamilyGuard does not know.</source>
        <translation>Die Spalte app nennt {app}, eine App, die FamilyGuard nicht kennt.</translation>
    </message>
    <message>
        <source>Write the app as familyguard catalog list shows it (e.g. instagram, roblox), or leave the column empty and choose the app on import.</source>
        <translation>Schreiben Sie die App so, wie familyguard catalog list sie zeigt (z. B. instagram, roblox), oder lassen Sie die Spalte leer und wählen Sie die App beim Import.</translation>
    </message>
    <message>
        <source>Request the export again with only the friend and follower lists (if the app lets you choose), in JSON.</source>
        <translation>Fordern Sie den Export erneut an, nur mit den Freundes- und Follower-Listen (wenn die App die Wahl lässt), im Format JSON.</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and folder, then choose it again.</source>
        <translation>Prüfen Sie den Namen und den Ordner der Datei und wählen Sie sie dann erneut aus.</translation>
    </message>
    <message>
        <source>Known columns: {columns} (only name is required), separated by commas or semicolons.</source>
        <translation>Bekannte Spalten: {columns} (nur name ist Pflicht), getrennt durch Kommas oder Semikolons.</translation>
    </message>
    <message>
        <source>{name}: the file holds people of several apps ({apps}).</source>
        <translation>{name}: Die Datei enthält Personen aus mehreren Apps ({apps}).</translation>
    </message>
    <message>
        <source>Import one app at a time: export each app on its own (choose the app on the Friends page, or use friends export --app APP), or keep only one app&apos;s rows in the file.</source>
        <translation>Importieren Sie eine App nach der anderen: Exportieren Sie jede App für sich (wählen Sie die App auf der Seite Freunde oder verwenden Sie friends export --app APP) oder behalten Sie nur die Zeilen einer App in der Datei.</translation>
    </message>
    <message>
        <source>the header has an unknown column {names}.</source>
        <translation>Die Kopfzeile hat eine unbekannte Spalte {names}.</translation>
    </message>
    <message>
        <source>the header has unknown columns {names}.</source>
        <translation>Die Kopfzeile hat unbekannte Spalten {names}.</translation>
    </message>
    <message>
        <source>the header has no name column.</source>
        <translation>Die Kopfzeile hat keine Spalte name.</translation>
    </message>
    <message>
        <source>a cell under an empty header cell holds a value.</source>
        <translation>Eine Zelle unter einer leeren Kopfzeilenzelle enthält einen Wert.</translation>
    </message>
    <message>
        <source>Each list is one of: {names}; lists are separated by &apos;;&apos;.</source>
        <translation>Jede Liste ist eine von: {names}; Listen werden durch &apos;;&apos; getrennt.</translation>
    </message>
    <message>
        <source>without a keyring the lock is the passphrase that encrypts the data; a PIN would be too weak for that.</source>
        <translation>Ohne Schlüsselbund ist die Sperre das Passwort, das die Daten verschlüsselt; eine PIN wäre dafür zu schwach.</translation>
    </message>
    <message>
        <source>without a keyring the data is protected by a passphrase, not a PIN.</source>
        <translation>Ohne Schlüsselbund sind die Daten durch ein Passwort geschützt, nicht durch eine PIN.</translation>
    </message>
    <message>
        <source>Turn the lock on with that passphrase (without --pin).</source>
        <translation>Schalten Sie die Sperre mit diesem Passwort ein (ohne --pin).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a span of quiet hours.</source>
        <translation>„{text}“ ist kein Zeitraum für Ruhezeiten.</translation>
    </message>
    <message>
        <source>Use two different times on the 24-hour clock, e.g. 21:30-07:30.</source>
        <translation>Verwenden Sie zwei verschiedene Uhrzeiten im 24-Stunden-Format, z. B. 21:30-07:30.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that FamilyGuard can use, so the family&apos;s data is protected with a passphrase that you choose.</source>
        <translation>Dieser Computer hat keine Passwortverwaltung (Schlüsselbund), die FamilyGuard nutzen kann. Deshalb werden die Daten der Familie mit einem Passwort geschützt, das Sie wählen.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt.</translation>
    </message>
    <message>
        <source>The system keyring refused the request ({reason}).</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgelehnt ({reason}).</translation>
    </message>
    <message>
        <source>The keyring accepted the key but did not give it back.</source>
        <translation>Der Schlüsselbund hat den Schlüssel angenommen, aber nicht wieder herausgegeben.</translation>
    </message>
    <message>
        <source>The household&apos;s key is kept in the system keyring, which is not available now.</source>
        <translation>Der Schlüssel des Haushalts liegt im Schlüsselbund des Systems, der gerade nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The system keyring has no key for this household.</source>
        <translation>Der Schlüsselbund des Systems hat keinen Schlüssel für diesen Haushalt.</translation>
    </message>
    <message>
        <source>Start FamilyGuard in your desktop session, where the keyring is unlocked.</source>
        <translation>Starten Sie FamilyGuard in Ihrer Desktop-Sitzung, in der der Schlüsselbund entsperrt ist.</translation>
    </message>
    <message>
        <source>It may belong to another user account; restore the keyring or use a backup.</source>
        <translation>Er gehört vielleicht zu einem anderen Benutzerkonto; stellen Sie den Schlüsselbund wieder her oder verwenden Sie eine Sicherung.</translation>
    </message>
    <message>
        <source>The key stored in the system keyring is damaged.</source>
        <translation>Der im Schlüsselbund des Systems gespeicherte Schlüssel ist beschädigt.</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Free some space and try again; nothing was changed.</source>
        <translation>Schaffen Sie etwas Platz und versuchen Sie es noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions or choose another data folder.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>the file is damaged.</source>
        <translation>Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>Restore it from the backups folder beside it.</source>
        <translation>Stellen Sie sie aus dem Sicherungsordner daneben wieder her.</translation>
    </message>
    <message>
        <source>the file cannot be opened.</source>
        <translation>Die Datei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is yours.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Ihnen gehört.</translation>
    </message>
    <message>
        <source>the disk reported an error.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>Prüfen Sie den Datenträger und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{path} cannot be decrypted with this household&apos;s key: the key belongs to another household, or the file is damaged.</source>
        <translation>{path} lässt sich mit dem Schlüssel dieses Haushalts nicht entschlüsseln: Der Schlüssel gehört zu einem anderen Haushalt oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>{path} is in use by another program.</source>
        <translation>{path} wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Restore the file or its key from a backup; nothing was changed.</source>
        <translation>Stellen Sie die Datei oder ihren Schlüssel aus einer Sicherung wieder her; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Close it and try again.</source>
        <translation>Schließen Sie es und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>cannot create the folder ({reason}).</source>
        <translation>Der Ordner kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>cannot write the file ({reason}).</source>
        <translation>Die Datei kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>cannot create the file ({reason}).</source>
        <translation>Die Datei kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer FamilyGuard.</source>
        <translation>{path} wurde von einer neueren FamilyGuard-Version geschrieben.</translation>
    </message>
    <message>
        <source>cannot read the key file ({reason}).</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>the key file is damaged.</source>
        <translation>Die Schlüsseldatei ist beschädigt.</translation>
    </message>
    <message>
        <source>Check it and try again; nothing was changed.</source>
        <translation>Prüfen Sie die Eingabe und versuchen Sie es noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Install the newer version to open it.</source>
        <translation>Installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Restore it from a backup of this folder.</source>
        <translation>Stellen Sie sie aus einer Sicherung dieses Ordners wieder her.</translation>
    </message>
    <message>
        <source>{path} was written by a newer FamilyGuard (schema {schema}, this version knows {known}).</source>
        <translation>{path} wurde von einer neueren FamilyGuard-Version geschrieben (Schema {schema}, diese Version kennt {known}).</translation>
    </message>
    <message>
        <source>Install the newer FamilyGuard to open it; nothing was changed.</source>
        <translation>Installieren Sie die neuere FamilyGuard-Version, um die Datei zu öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>Das Passwort muss mindestens {count} Zeichen haben.</translation>
    </message>
    <message>
        <source>A PIN is needed to open the family&apos;s data and none was given.</source>
        <translation>Zum Öffnen der Familiendaten ist eine PIN nötig, es wurde aber keine eingegeben.</translation>
    </message>
    <message>
        <source>A passphrase is needed to open the family&apos;s data and none was given.</source>
        <translation>Zum Öffnen der Familiendaten ist ein Passwort nötig, es wurde aber keines eingegeben.</translation>
    </message>
    <message>
        <source>Choose a longer one: a few words you will remember work well.</source>
        <translation>Wählen Sie ein längeres: Ein paar Wörter, die Sie sich merken können, eignen sich gut.</translation>
    </message>
    <message>
        <source>Enter it when asked, or set FAMILYGUARD_PASSPHRASE.</source>
        <translation>Geben Sie es ein, wenn Sie danach gefragt werden, oder setzen Sie FAMILYGUARD_PASSPHRASE.</translation>
    </message>
    <message>
        <source>This household&apos;s data is protected with your passphrase.</source>
        <translation>Die Daten dieses Haushalts sind mit Ihrem Passwort geschützt.</translation>
    </message>
    <message>
        <source>a household already exists here.</source>
        <translation>Hier gibt es schon einen Haushalt.</translation>
    </message>
    <message>
        <source>{folder} has no key file ({name}).</source>
        <translation>{folder} hat keine Schlüsseldatei ({name}).</translation>
    </message>
    <message>
        <source>Restore it from a backup of this folder, or choose the right data folder.</source>
        <translation>Stellen Sie sie aus einer Sicherung dieses Ordners wieder her oder wählen Sie den richtigen Datenordner.</translation>
    </message>
    <message>
        <source>See resources/talks/README.md for the format of the talk guide files.</source>
        <translation>Das Format der Gesprächsleitfäden beschreibt resources/talks/README.md.</translation>
    </message>
    <message>
        <source>needs {low} to {high} entries, has {count}.</source>
        <translation>braucht {low} bis {high} Einträge, hat {count}.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; must match the file name &apos;{stem}&apos;.</source>
        <translation>„{id}“ muss zum Dateinamen „{stem}“ passen.</translation>
    </message>
    <message>
        <source>unknown dimension &apos;{dimension}&apos; (known: {names}).</source>
        <translation>unbekannter Risikobereich „{dimension}“ (bekannt: {names}).</translation>
    </message>
    <message>
        <source>{min_age} is above max_age {max_age}.</source>
        <translation>{min_age} liegt über max_age {max_age}.</translation>
    </message>
    <message>
        <source>must be a date like 2026-11-22 (no quotes).</source>
        <translation>muss ein Datum wie 2026-11-22 sein (ohne Anführungszeichen).</translation>
    </message>
    <message>
        <source>is missing (min_age {min_age}, max_age {max_age}).</source>
        <translation>fehlt (min_age {min_age}, max_age {max_age}).</translation>
    </message>
    <message>
        <source>is outside the topic&apos;s ages (min_age {min_age}, max_age {max_age}).</source>
        <translation>liegt außerhalb der Altersspanne des Themas (min_age {min_age}, max_age {max_age}).</translation>
    </message>
    <message>
        <source>is only for topics that leave out a band.</source>
        <translation>gibt es nur für Themen, die eine Altersstufe auslassen.</translation>
    </message>
    <message>
        <source>is missing: the channels for every other country.</source>
        <translation>fehlt: die Anlaufstellen für alle anderen Länder.</translation>
    </message>
    <message>
        <source>has no topic files (*.toml).</source>
        <translation>enthält keine Themendateien (*.toml).</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is already the title of {file}.</source>
        <translation>„{title}“ ist schon der Titel von {file}.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>risk dimension</source>
        <translation>Risikobereich</translation>
    </message>
    <message>
        <source>unknown key (allowed: {names}).</source>
        <translation>unbekannter Schlüssel (erlaubt: {names}).</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>must be a list of non-empty texts in quotes.</source>
        <translation>muss eine Liste nicht leerer Texte in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>must be a whole number of years from 0 to {limit}.</source>
        <translation>muss eine ganze Zahl von Jahren von 0 bis {limit} sein.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an http(s) web address.</source>
        <translation>„{value}“ ist keine http(s)-Webadresse.</translation>
    </message>
    <message>
        <source>unknown band (known: {names}).</source>
        <translation>unbekannte Altersstufe (bekannt: {names}).</translation>
    </message>
    <message>
        <source>must be a two-letter country code like GB, or &apos;default&apos;.</source>
        <translation>muss ein Ländercode aus zwei Buchstaben wie GB sein oder „default“.</translation>
    </message>
    <message>
        <source>must be one or more [[channels]] tables.</source>
        <translation>muss aus einer oder mehreren [[channels]]-Tabellen bestehen.</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Use once, Nd (days), Nw (weeks), Nm (calendar months) or a weekday (mon…sun, every:tue, 2w:fri), e.g. 2w, 30d, 1m.</source>
        <translation>Verwenden Sie once, Nd (Tage), Nw (Wochen), Nm (Kalendermonate) oder einen Wochentag (mon…sun, every:tue, 2w:fri), z. B. 2w, 30d, 1m.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: the number of days must be between 1 and {limit}.</source>
        <translation>„{spec}“: Die Zahl der Tage muss zwischen 1 und {limit} liegen.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: the number of weeks must be between 1 and {limit}.</source>
        <translation>„{spec}“: Die Zahl der Wochen muss zwischen 1 und {limit} liegen.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: the number of months must be between 1 and {limit}.</source>
        <translation>„{spec}“: Die Zahl der Monate muss zwischen 1 und {limit} liegen.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not a repeat rule: &apos;{word}&apos; is not a weekday.</source>
        <translation>„{spec}“ ist keine Wiederholungsregel: „{word}“ ist kein Wochentag.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not a repeat rule.</source>
        <translation>„{spec}“ ist keine Wiederholungsregel.</translation>
    </message>
    <message>
        <source>Use 1h, evening, tomorrow, Nmin, Nh, Nd, Nw, Nm, a weekday (mon…sun) or a local date-time YYYY-MM-DDTHH:MM in the future.</source>
        <translation>Verwenden Sie 1h, evening, tomorrow, Nmin, Nh, Nd, Nw, Nm, einen Wochentag (mon…sun) oder ein künftiges Datum mit Uhrzeit YYYY-MM-DDTHH:MM (Ortszeit).</translation>
    </message>
    <message>
        <source>a snooze must end after now ({now}).</source>
        <translation>Ein Verschieben muss nach jetzt ({now}) enden.</translation>
    </message>
    <message>
        <source>&apos;once&apos; is not a snooze.</source>
        <translation>„once“ ist kein Zeitraum zum Verschieben.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time.</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day.</source>
        <translation>„{text}“ ist keine Uhrzeit.</translation>
    </message>
    <message>
        <source>Use HH:MM on the 24-hour clock, e.g. 19:30.</source>
        <translation>Verwenden Sie HH:MM im 24-Stunden-Format, z. B. 19:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date.</source>
        <translation>„{text}“ ist kein Datum.</translation>
    </message>
    <message>
        <source>a talk {rule} on {date} at {time} would be in the past.</source>
        <translation>Ein Gespräch ({rule}) am {date} um {time} läge in der Vergangenheit.</translation>
    </message>
    <message>
        <source>talk plan</source>
        <translation>Gesprächsplan</translation>
    </message>
    <message>
        <source>--days must be between 1 and {limit}, not {days}.</source>
        <translation>--days muss zwischen 1 und {limit} liegen, nicht {days}.</translation>
    </message>
    <message>
        <source>the note is longer than {count} characters.</source>
        <translation>Die Notiz ist länger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>plan {plan} is paused.</source>
        <translation>Plan {plan} ist pausiert.</translation>
    </message>
    <message>
        <source>plan {plan} has no talk left ({rule}).</source>
        <translation>Plan {plan} hat kein Gespräch mehr übrig ({rule}).</translation>
    </message>
    <message>
        <source>Use YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>Verwenden Sie JJJJ-MM-TT, z. B. 2026-12-01.</translation>
    </message>
    <message>
        <source>{child} already has a plan for “{topic}” (plan {plan}).</source>
        <translation>Für {child} gibt es schon einen Plan zu „{topic}“ (Plan {plan}).</translation>
    </message>
    <message>
        <source>Choose a later --start or --at.</source>
        <translation>Wählen Sie ein späteres --start oder --at.</translation>
    </message>
    <message>
        <source>Keep it short.</source>
        <translation>Fassen Sie sich kurz.</translation>
    </message>
    <message>
        <source>Resume it first: familyguard talks resume {plan}</source>
        <translation>Setzen Sie ihn zuerst fort: familyguard talks resume {plan}</translation>
    </message>
    <message>
        <source>Plan it again with: familyguard talks plan {child} {topic}</source>
        <translation>Planen Sie es neu mit: familyguard talks plan {child} {topic}</translation>
    </message>
    <message>
        <source>Change its rhythm by removing it first: familyguard talks remove {plan}</source>
        <translation>Um den Rhythmus zu ändern, entfernen Sie ihn zuerst: familyguard talks remove {plan}</translation>
    </message>
    <message>
        <source>talk suggestion</source>
        <translation>Gesprächsvorschlag</translation>
    </message>
    <message>
        <source>suggestion {id} is already accepted.</source>
        <translation>Vorschlag {id} wurde schon angenommen.</translation>
    </message>
    <message>
        <source>suggestion {id} is already dismissed.</source>
        <translation>Vorschlag {id} wurde schon verworfen.</translation>
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
        <source>Gone</source>
        <translation>Weg</translation>
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
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>back on the lists</source>
        <translation>wieder auf den Listen</translation>
    </message>
    <message>
        <source>no longer on the lists</source>
        <translation>nicht mehr auf den Listen</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>moved between lists</source>
        <translation>auf andere Listen gewechselt</translation>
    </message>
    <message>
        <source>other details changed</source>
        <translation>andere Angaben geändert</translation>
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
    <message>
        <source>The parent lock stops a child who uses this computer account from opening FamilyGuard or its commands casually. It does not stop someone with administrator rights on this computer, or someone who can copy FamilyGuard&apos;s files and your keyring.</source>
        <translation>Die Elternsperre hindert ein Kind, das dieses Benutzerkonto mitbenutzt, daran, FamilyGuard oder seine Befehle einfach so zu öffnen. Sie hält niemanden auf, der Administratorrechte auf diesem Computer hat oder die Dateien von FamilyGuard und Ihren Schlüsselbund kopieren kann.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>{count} contact</source>
        <translation>{count} Kontakt</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <source>{weeks} weeks ago</source>
        <translation>vor {weeks} Wochen</translation>
    </message>
    <message>
        <source>{child}&apos;s {app}</source>
        <translation>{app} von {child}</translation>
    </message>
    <message>
        <source>{whose} list was last imported {ago} ({date}): import a fresh copy to see who is new.</source>
        <translation>Die Liste für {whose} wurde zuletzt {ago} importiert ({date}): Importieren Sie eine aktuelle Kopie, um zu sehen, wer neu ist.</translation>
    </message>
    <message>
        <source>{months} months ago</source>
        <translation>vor {months} Monaten</translation>
    </message>
    <message>
        <source>You flagged {people} on {whose} ({names}): look at it together, keep evidence, then block and report.</source>
        <translation>Sie haben {people} in {whose} markiert ({names}): Sehen Sie es sich gemeinsam an, sichern Sie Beweise, dann blockieren und melden Sie.</translation>
    </message>
    <message>
        <source>{count} contact on {whose} is not reviewed yet: go through them with {child}.</source>
        <translation>{count} Kontakt in {whose} ist noch nicht geprüft: Gehen Sie ihn mit {child} durch.</translation>
    </message>
    <message>
        <source>{count} contacts on {whose} are not reviewed yet: go through them with {child}.</source>
        <translation>{count} Kontakte in {whose} sind noch nicht geprüft: Gehen Sie sie mit {child} durch.</translation>
    </message>
    <message>
        <source>{explanation} On {lists}.</source>
        <translation>{explanation} In {lists}.</translation>
    </message>
    <message>
        <source>{child} is {age}, younger than {app}&apos;s minimum age of {min_age}: decide together whether {app} is right before {min_age}.</source>
        <translation>{child} ist {age}, jünger als das Mindestalter von {app} ({min_age}): Entscheiden Sie gemeinsam, ob {app} vor {min_age} das Richtige ist.</translation>
    </message>
    <message>
        <source>{whose} is high on {dimensions}; not checked yet: {settings}.</source>
        <translation>Bei {whose} ist das Risiko hoch für {dimensions}; noch nicht geprüft: {settings}.</translation>
    </message>
    <message>
        <source>“{setting}”</source>
        <translation>„{setting}“</translation>
    </message>
    <message>
        <source>Overdue: talk with {name} about “{topic}”, planned for {when} ({missed} dates passed).</source>
        <translation>Überfällig: Gespräch mit {name} über „{topic}“, geplant für {when} ({missed} Termine verstrichen).</translation>
    </message>
    <message>
        <source>Coming up on {when}: talk with {name} about “{topic}”.</source>
        <translation>Demnächst am {when}: Gespräch mit {name} über „{topic}“.</translation>
    </message>
    <message>
        <source>Overdue: talk with {name} about “{topic}”, planned for {when}.</source>
        <translation>Überfällig: Gespräch mit {name} über „{topic}“, geplant für {when}.</translation>
    </message>
    <message>
        <source>Due now: talk with {name} about “{topic}” ({when}).</source>
        <translation>Jetzt fällig: Gespräch mit {name} über „{topic}“ ({when}).</translation>
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
    <message>
        <source>FamilyGuard › Friends</source>
        <translation>FamilyGuard › Freunde</translation>
    </message>
    <message>
        <source>{count} contact</source>
        <translation>{count} Kontakt</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <source>Talk together: “{title}”.</source>
        <translation>Sprechen Sie miteinander: „{title}“.</translation>
    </message>
    <message>
        <source>The minimum age for {app} is not known; its app store age rating is a good guide.</source>
        <translation>Das Mindestalter für {app} ist nicht bekannt; die Altersfreigabe im App-Store ist ein guter Anhaltspunkt.</translation>
    </message>
    <message>
        <source>You flagged {people} on {app}.</source>
        <translation>Sie haben {people} in {app} markiert.</translation>
    </message>
    <message>
        <source>Look at the flagged contacts on {app} together; keep evidence, then block and report.</source>
        <translation>Sehen Sie sich die markierten Kontakte in {app} gemeinsam an; sichern Sie Beweise, dann blockieren und melden Sie.</translation>
    </message>
    <message>
        <source>{people} on {app} not reviewed yet.</source>
        <translation>{people} in {app} noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Go through the new contacts on {app} with your child.</source>
        <translation>Gehen Sie die neuen Kontakte in {app} mit Ihrem Kind durch.</translation>
    </message>
    <message>
        <source>Check the warning sign on {app} ({label}) and talk it through with your child.</source>
        <translation>Prüfen Sie das Warnzeichen in {app} ({label}) und sprechen Sie es mit Ihrem Kind durch.</translation>
    </message>
    <message>
        <source>Your child is {age}, younger than {app}&apos;s minimum age of {min_age}. Such accounts are usually made with an older birth date, so protections for young users may be off.</source>
        <translation>Ihr Kind ist {age}, jünger als das Mindestalter von {app} ({min_age}). Solche Konten werden meist mit einem früheren Geburtsdatum angelegt, daher sind Schutzfunktionen für junge Nutzer womöglich aus.</translation>
    </message>
    <message>
        <source>Decide together whether {app} is right before age {min_age}.</source>
        <translation>Entscheiden Sie gemeinsam, ob {app} schon vor {min_age} das Richtige ist.</translation>
    </message>
    <message>
        <source>You recorded “{setting}: {value}”, which lowers this.</source>
        <translation>Sie haben „{setting}: {value}“ eingetragen; das senkt dieses Risiko.</translation>
    </message>
    <message>
        <source>You recorded “{setting}: {value}”.</source>
        <translation>Sie haben „{setting}: {value}“ eingetragen.</translation>
    </message>
    <message>
        <source>Warning sign: {sign} ({more} more like it.)</source>
        <translation>Warnzeichen: {sign} ({more} weitere dieser Art.)</translation>
    </message>
    <message>
        <source>Warning sign: {sign}</source>
        <translation>Warnzeichen: {sign}</translation>
    </message>
    <message>
        <source>FamilyGuard › Talks › {title}</source>
        <translation>FamilyGuard › Gespräche › {title}</translation>
    </message>
    <message>
        <source>You did not tick {label} for {app}.</source>
        <translation>Sie haben {label} für {app} nicht angekreuzt.</translation>
    </message>
    <message>
        <source>In {app}&apos;s privacy or safety settings.</source>
        <translation>In den Privatsphäre- oder Sicherheitseinstellungen von {app}.</translation>
    </message>
    <message>
        <source>You said {app} has {label}.</source>
        <translation>Sie haben angegeben, dass {app} {label} anbietet.</translation>
    </message>
    <message>
        <source>It is not known whether {app} has {label}</source>
        <translation>Es ist nicht bekannt, ob {app} {label} anbietet</translation>
    </message>
    <message>
        <source>Your correction: {sentence}.</source>
        <translation>Ihre Korrektur: {sentence}.</translation>
    </message>
    <message>
        <source>{app} has {label}</source>
        <translation>{app} bietet {label} an</translation>
    </message>
    <message>
        <source>{app} has {label} in part</source>
        <translation>{app} bietet {label} teilweise an</translation>
    </message>
    <message>
        <source>{app} has no {label}</source>
        <translation>{app} bietet {label} nicht an</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>{reason} {note}</source>
        <translation>{reason} {note}</translation>
    </message>
    <message>
        <source>{reason} Your note: {note}</source>
        <translation>{reason} Ihre Notiz: {note}</translation>
    </message>
    <message>
        <source>{sentence} (the default for under-18 accounts).</source>
        <translation>{sentence} (die Voreinstellung für Konten unter 18).</translation>
    </message>
    <message>
        <source>{sentence}. The safer under-18 default (“{default}”) is not assumed, because the child is younger than the app&apos;s minimum age.</source>
        <translation>{sentence}. Die sicherere Voreinstellung für unter 18 („{default}“) wird nicht angenommen, weil das Kind jünger als das Mindestalter der App ist.</translation>
    </message>
    <message>
        <source>FamilyGuard › Warning signs</source>
        <translation>FamilyGuard › Warnzeichen</translation>
    </message>
    <message>
        <source>random matching with strangers</source>
        <translation>zufällige Verbindungen mit Fremden</translation>
    </message>
    <message>
        <source>ways for strangers to find users</source>
        <translation>Auffindbarkeit für Fremde</translation>
    </message>
    <message>
        <source>public profiles</source>
        <translation>öffentliche Profile</translation>
    </message>
    <message>
        <source>messages from strangers</source>
        <translation>Nachrichten von Fremden</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>private Nachrichten</translation>
    </message>
    <message>
        <source>group invites</source>
        <translation>Gruppeneinladungen</translation>
    </message>
    <message>
        <source>voice chat</source>
        <translation>Sprachchat</translation>
    </message>
    <message>
        <source>video chat</source>
        <translation>Videochat</translation>
    </message>
    <message>
        <source>live streaming</source>
        <translation>Livestreaming</translation>
    </message>
    <message>
        <source>picture uploads</source>
        <translation>das Hochladen von Bildern</translation>
    </message>
    <message>
        <source>disappearing messages or posts</source>
        <translation>selbstlöschende Nachrichten oder Beiträge</translation>
    </message>
    <message>
        <source>location sharing</source>
        <translation>Standortfreigabe</translation>
    </message>
    <message>
        <source>anonymous accounts</source>
        <translation>anonyme Konten</translation>
    </message>
    <message>
        <source>links to other apps</source>
        <translation>Links zu anderen Apps</translation>
    </message>
    <message>
        <source>hidden ways to pass messages</source>
        <translation>versteckte Nachrichtenwege</translation>
    </message>
    <message>
        <source>virtual gifts</source>
        <translation>virtuelle Geschenke</translation>
    </message>
    <message>
        <source>in-app purchases</source>
        <translation>In-App-Käufe</translation>
    </message>
    <message>
        <source>chat with AI characters</source>
        <translation>Chats mit KI-Figuren</translation>
    </message>
    <message>
        <source>contact with strangers</source>
        <translation>Kontakt mit Fremden</translation>
    </message>
    <message>
        <source>picture sharing</source>
        <translation>das Teilen von Bildern</translation>
    </message>
    <message>
        <source>voice or video chat</source>
        <translation>Sprach- oder Videochat</translation>
    </message>
    <message>
        <source>disappearing content</source>
        <translation>selbstlöschende Inhalte</translation>
    </message>
    <message>
        <source>hidden message channels</source>
        <translation>versteckte Nachrichtenkanäle</translation>
    </message>
    <message>
        <source>gifts and money</source>
        <translation>Geschenke und Geld</translation>
    </message>
    <message>
        <source>Calls can be with strangers the app picks at random.</source>
        <translation>Anrufe können mit Fremden stattfinden, die die App zufällig auswählt.</translation>
    </message>
    <message>
        <source>On {app}, make the account private.</source>
        <translation>Stellen Sie das Konto in {app} auf privat.</translation>
    </message>
    <message>
        <source>On {app}, let only friends send messages.</source>
        <translation>Erlauben Sie in {app} nur Freunden, Nachrichten zu schicken.</translation>
    </message>
    <message>
        <source>On {app}, turn off live streaming.</source>
        <translation>Schalten Sie in {app} das Livestreaming aus.</translation>
    </message>
    <message>
        <source>On {app}, turn off location sharing.</source>
        <translation>Schalten Sie in {app} die Standortfreigabe aus.</translation>
    </message>
    <message>
        <source>Link {app} to your own account with its family tools.</source>
        <translation>Verknüpfen Sie {app} über die Familienfunktionen mit Ihrem eigenen Konto.</translation>
    </message>
    <message>
        <source>On {app}, turn on parent approval of new contacts.</source>
        <translation>Schalten Sie in {app} die Bestätigung neuer Kontakte durch die Eltern ein.</translation>
    </message>
    <message>
        <source>On {app}, stop strangers finding the account through search and suggestions.</source>
        <translation>Verhindern Sie in {app}, dass Fremde das Konto über die Suche und Vorschläge finden.</translation>
    </message>
    <message>
        <source>one account is in touch with several of your children</source>
        <translation>ein Konto hat Kontakt zu mehreren Ihrer Kinder</translation>
    </message>
    <message>
        <source>the same person is on several apps</source>
        <translation>dieselbe Person ist in mehreren Apps</translation>
    </message>
    <message>
        <source>a burst of new contacts</source>
        <translation>viele neue Kontakte auf einmal</translation>
    </message>
    <message>
        <source>requests from people your child may not know</source>
        <translation>Anfragen von Personen, die Ihr Kind vielleicht nicht kennt</translation>
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
    <message>
        <source>joined in the burst</source>
        <translation>kam in diesem Ansturm hinzu</translation>
    </message>
    <message>
        <source>sent a friend request</source>
        <translation>hat eine Freundschaftsanfrage geschickt</translation>
    </message>
    <message>
        <source>{a} and {b} on {app_a} and {app_b} look like the same person: their user names match (score {score}/100).</source>
        <translation>{a} und {b} in {app_a} und {app_b} scheinen dieselbe Person zu sein: ihre Benutzernamen stimmen überein (Wert {score}/100).</translation>
    </message>
    <message>
        <source>{a} and {b} on {app_a} and {app_b} look like the same person: their full names match (score {score}/100).</source>
        <translation>{a} und {b} in {app_a} und {app_b} scheinen dieselbe Person zu sein: ihre vollständigen Namen stimmen überein (Wert {score}/100).</translation>
    </message>
    <message>
        <source>{a} and {b} on {app_a} and {app_b} look like the same person: a user name and a full name match (score {score}/100).</source>
        <translation>{a} und {b} in {app_a} und {app_b} scheinen dieselbe Person zu sein: Ein Benutzername und ein vollständiger Name stimmen überein (Wert {score}/100).</translation>
    </message>
    <message>
        <source>handle match</source>
        <translation>gleicher Benutzername</translation>
    </message>
    <message>
        <source>name match</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>handle~name match</source>
        <translation>Benutzername passt zum Namen</translation>
    </message>
    <message>
        <source>{who} is on the {app} lists of {children}: one account in touch with several of your children.</source>
        <translation>{who} steht auf den {app}-Listen von {children}: ein Konto, das mit mehreren Ihrer Kinder in Kontakt ist.</translation>
    </message>
    <message>
        <source>{count} people joined {child}&apos;s {app} within {days} days from {day}: a sudden rush of new contacts is worth a look.</source>
        <translation>{count} Personen kamen innerhalb von {days} Tagen ab {day} in {app} von {child} hinzu: Ein plötzlicher Ansturm neuer Kontakte ist einen Blick wert.</translation>
    </message>
    <message>
        <source>added through &apos;{source}&apos;</source>
        <translation>hinzugefügt über „{source}“</translation>
    </message>
    <message>
        <source>{count} not yet reviewed on {child}&apos;s {app} came from requests or stranger discovery (e.g. Quick Add, search): check whether the child knows them offline.</source>
        <translation>Noch nicht geprüft in {app} von {child} und über Anfragen oder Vorschläge für Fremde hinzugekommen (z. B. Quick Add, Suche): {count}. Prüfen Sie, ob Ihr Kind diese Kontakte aus dem echten Leben kennt.</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>on {child}&apos;s {app} list</source>
        <translation>auf der {app}-Liste von {child}</translation>
    </message>
</context>
<context>
    <name>suggestions</name>
    <message>
        <source>{app} is high on {risk}.</source>
        <translation>Bei {app} ist das Risiko hoch für {risk}.</translation>
    </message>
    <message>
        <source>A warning sign about the contacts on {app}.</source>
        <translation>Ein Warnzeichen zu den Kontakten in {app}.</translation>
    </message>
    <message>
        <source>{count} new contact on {app} not reviewed yet.</source>
        <translation>{count} neuer Kontakt in {app} noch nicht geprüft.</translation>
    </message>
    <message>
        <source>{count} new contacts on {app} not reviewed yet.</source>
        <translation>{count} neue Kontakte in {app} noch nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>talks</name>
    <message>
        <source>Blocking and reporting</source>
        <translation>Blockieren und melden</translation>
    </message>
    <message>
        <source>Practise blocking and reporting in each app before anything goes wrong; keep evidence first, then block.</source>
        <translation>Üben Sie das Blockieren und Melden in jeder App, bevor etwas schiefgeht; sichern Sie zuerst Beweise und blockieren Sie erst dann.</translation>
    </message>
    <message>
        <source>For a young child, telling a grown-up is the report button. Knowing exactly what to do when something feels wrong (stop, turn the screen over, come and tell) saves them from having to decide in the moment.</source>
        <translation>Für ein kleines Kind ist „einem Erwachsenen Bescheid sagen“ der Melde-Button. Wenn es genau weiß, was zu tun ist, sobald sich etwas falsch anfühlt (aufhören, den Bildschirm umdrehen, kommen und erzählen), muss es das nicht erst im Moment selbst entscheiden.</translation>
    </message>
    <message>
        <source>If something in a game makes you feel funny or worried, what&apos;s the first thing you could do?</source>
        <translation>Wenn dir in einem Spiel etwas komisch vorkommt oder dir Sorgen macht, was kannst du dann als Erstes tun?</translation>
    </message>
    <message>
        <source>Let&apos;s practise: pretend something upsetting popped up. What would you do?</source>
        <translation>Komm, wir üben das mal: Stell dir vor, plötzlich taucht etwas auf, das dich erschreckt oder traurig macht. Was würdest du tun?</translation>
    </message>
    <message>
        <source>Who are the grown-ups you could tell, at home and at school?</source>
        <translation>Welchen Erwachsenen könntest du es erzählen, zu Hause und in der Schule?</translation>
    </message>
    <message>
        <source>Not wanting to play a game they used to love.</source>
        <translation>Will ein Spiel nicht mehr spielen, das es früher sehr gern mochte.</translation>
    </message>
    <message>
        <source>Hiding the tablet or turning it over when you walk in.</source>
        <translation>Versteckt das Tablet oder dreht es um, wenn Sie hereinkommen.</translation>
    </message>
    <message>
        <source>Seeming worried but not saying why.</source>
        <translation>Wirkt besorgt, sagt aber nicht, warum.</translation>
    </message>
    <message>
        <source>Stay calm and thank them for telling you; it is not their fault, and telling was exactly right.</source>
        <translation>Bleiben Sie ruhig und danken Sie Ihrem Kind, dass es Ihnen davon erzählt hat; es ist nicht seine Schuld, und es Ihnen zu sagen war genau richtig.</translation>
    </message>
    <message>
        <source>Before blocking, note the username, the app and the time, and screenshot the name and messages.</source>
        <translation>Notieren Sie vor dem Blockieren den Benutzernamen, die App und die Uhrzeit, und machen Sie einen Screenshot vom Namen und von den Nachrichten.</translation>
    </message>
    <message>
        <source>Block and report together so they see how it works.</source>
        <translation>Blockieren und melden Sie gemeinsam, damit Ihr Kind sieht, wie das funktioniert.</translation>
    </message>
    <message>
        <source>If it involved sexual talk, pictures or a meeting, report it to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Ging es um sexuelle Gespräche, Bilder oder ein Treffen, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard.</translation>
    </message>
    <message>
        <source>Children should know how to block and report in every app they use before they ever need it. Practising together makes it feel normal rather than dramatic. One rule matters: capture the evidence first, because blocking can hide the chat.</source>
        <translation>Kinder sollten wissen, wie man in jeder App, die sie nutzen, blockiert und meldet – lange bevor sie es jemals brauchen. Gemeinsames Üben macht es zu etwas Normalem statt zu etwas Dramatischem. Eine Regel ist wichtig: zuerst die Beweise sichern, denn durch das Blockieren kann der Chat verschwinden.</translation>
    </message>
    <message>
        <source>Can you show me how to block someone in your favourite game?</source>
        <translation>Kannst du mir zeigen, wie man in deinem Lieblingsspiel jemanden blockiert?</translation>
    </message>
    <message>
        <source>What do you think happens when you report someone? Does it help other kids too?</source>
        <translation>Was glaubst du, was passiert, wenn du jemanden meldest? Hilft das auch anderen Kindern?</translation>
    </message>
    <message>
        <source>Why might it be important to screenshot a chat before you block someone?</source>
        <translation>Warum könnte es wichtig sein, einen Screenshot vom Chat zu machen, bevor du jemanden blockierst?</translation>
    </message>
    <message>
        <source>If you ever block someone, let me know so I can help. You won&apos;t be in trouble.</source>
        <translation>Wenn du mal jemanden blockierst, sag mir Bescheid, dann kann ich dir helfen. Du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>Messages from someone they said they had blocked, now on another app.</source>
        <translation>Nachrichten von jemandem, den es nach eigenen Worten blockiert hat – jetzt in einer anderen App.</translation>
    </message>
    <message>
        <source>Reluctance to open a particular app.</source>
        <translation>Will eine bestimmte App nur ungern öffnen.</translation>
    </message>
    <message>
        <source>Distress after notifications.</source>
        <translation>Wirkt nach Benachrichtigungen aufgewühlt oder verstört.</translation>
    </message>
    <message>
        <source>Stay calm and thank them; it is not their fault that someone behaved badly.</source>
        <translation>Bleiben Sie ruhig und danken Sie Ihrem Kind; es ist nicht seine Schuld, dass sich jemand schlecht verhalten hat.</translation>
    </message>
    <message>
        <source>Keep the evidence first: screenshots of usernames, profile links, messages, dates and times. Never screenshot or save a sexual picture of a child.</source>
        <translation>Sichern Sie zuerst die Beweise: Screenshots von Benutzernamen, Profillinks, Nachrichten, Datum und Uhrzeit. Machen Sie niemals einen Screenshot von einem sexuellen Bild eines Kindes und speichern Sie es nie.</translation>
    </message>
    <message>
        <source>Report in the app, then block, on every app the person used.</source>
        <translation>Melden Sie die Person in der App und blockieren Sie sie dann – in jeder App, die sie genutzt hat.</translation>
    </message>
    <message>
        <source>For grooming, sexual pictures or threats, report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard, not only to the app.</source>
        <translation>Bei Cybergrooming, sexuellen Bildern oder Drohungen melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard – nicht nur der App.</translation>
    </message>
    <message>
        <source>Teenagers can report for themselves, and they should know the routes: the platform first, then a national service if the platform does nothing, and the police or child-protection hotline for anything criminal. Saying they are under 18 in a report tells the company it involves a minor. Reporting protects other young people too.</source>
        <translation>Jugendliche können selbst melden, und sie sollten die Wege kennen: zuerst die Plattform, dann eine nationale Stelle, wenn die Plattform nichts unternimmt, und bei allem, was strafbar ist, die Polizei oder eine Kinderschutz-Meldestelle. Wer in einer Meldung angibt, unter 18 zu sein, zeigt dem Unternehmen, dass eine minderjährige Person betroffen ist. Melden schützt auch andere junge Menschen.</translation>
    </message>
    <message>
        <source>Have you ever reported someone? What happened?</source>
        <translation>Hast du schon mal jemanden gemeldet? Was ist dann passiert?</translation>
    </message>
    <message>
        <source>Did you know you can say you&apos;re under 18 in a report, even if your profile says otherwise?</source>
        <translation>Wusstest du, dass du in einer Meldung angeben kannst, dass du unter 18 bist – auch wenn in deinem Profil etwas anderes steht?</translation>
    </message>
    <message>
        <source>What would you do if a platform ignored a report about something serious?</source>
        <translation>Was würdest du machen, wenn eine Plattform eine Meldung über etwas Ernstes einfach ignoriert?</translation>
    </message>
    <message>
        <source>If you ever report something serious, I&apos;d like to help you follow it up.</source>
        <translation>Wenn du mal etwas Ernstes meldest, helfe ich dir gern, an der Sache dranzubleiben.</translation>
    </message>
    <message>
        <source>Being contacted by the same person on several apps.</source>
        <translation>Wird von derselben Person in mehreren Apps kontaktiert.</translation>
    </message>
    <message>
        <source>Worry about something they reported that hasn&apos;t been dealt with.</source>
        <translation>Sorgen wegen etwas, das es gemeldet hat und um das sich niemand gekümmert hat.</translation>
    </message>
    <message>
        <source>Anxiety around particular notifications.</source>
        <translation>Ängstlichkeit bei bestimmten Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Stay calm and back them up; it is not their fault, and reporting was the right call.</source>
        <translation>Bleiben Sie ruhig und stärken Sie Ihrem Kind den Rücken; es ist nicht seine Schuld, und es war richtig, das zu melden.</translation>
    </message>
    <message>
        <source>Capture evidence before blocking: usernames, profile links, messages, dates. Never screenshot, save or forward a sexual image of anyone under 18.</source>
        <translation>Sichern Sie Beweise, bevor Sie blockieren: Benutzernamen, Profillinks, Nachrichten, Datum. Machen Sie niemals einen Screenshot von einem sexuellen Bild einer Person unter 18, und speichern oder leiten Sie es nie weiter.</translation>
    </message>
    <message>
        <source>Report on the platform, saying the user is under 18, then block on every app involved.</source>
        <translation>Melden Sie es auf der Plattform mit dem Hinweis, dass Ihr Kind unter 18 ist, und blockieren Sie dann in jeder beteiligten App.</translation>
    </message>
    <message>
        <source>If the platform does nothing, escalate to your national service (for example Report Harmful Content in the UK). For grooming, sexual images or sextortion go to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn die Plattform nichts unternimmt, wenden Sie sich an die nationale Stelle (zum Beispiel Report Harmful Content in Großbritannien). Bei Cybergrooming, sexuellen Bildern oder Sextortion wenden Sie sich an die Polizei oder Ihre nationale Meldestelle: CEOP (Großbritannien), die NCMEC CyberTipline (USA) oder die Meldestelle für Ihr Land in FamilyGuard.</translation>
    </message>
    <message>
        <source>Who is on your friend list</source>
        <translation>Wer auf der Freundesliste steht</translation>
    </message>
    <message>
        <source>Go through friends and followers together: do you know them offline, and can they see your location?</source>
        <translation>Gehen Sie Freunde und Follower gemeinsam durch: Kennt Ihr Kind sie auch außerhalb des Internets, und können sie seinen Standort sehen?</translation>
    </message>
    <message>
        <source>No 5–8 guide: young children&apos;s contacts should be set up and approved by a parent. Use &apos;A new app: let&apos;s look at it together&apos; and &apos;Random chat and friend requests&apos; for that age.</source>
        <translation>Kein Leitfaden für 5–8 Jahre: Die Kontakte kleiner Kinder sollten von den Eltern eingerichtet und bestätigt werden. Nutzen Sie für dieses Alter „Eine neue App: Schauen wir sie uns gemeinsam an“ und „Zufallschats und Freundschaftsanfragen“.</translation>
    </message>
    <message>
        <source>Friend lists grow fast, and many children accept requests from people they don&apos;t know. A regular, relaxed look through the list together, asking &apos;do you know them in real life?&apos;, keeps it tidy and shows you who can contact them.</source>
        <translation>Freundeslisten wachsen schnell, und viele Kinder nehmen Anfragen von Leuten an, die sie nicht kennen. Ein regelmäßiger, entspannter gemeinsamer Blick auf die Liste mit der Frage „Kennst du die Person im echten Leben?“ hält sie übersichtlich und zeigt Ihnen, wer Ihr Kind kontaktieren kann.</translation>
    </message>
    <message>
        <source>Shall we look through your friends list together? Tell me who everyone is.</source>
        <translation>Wollen wir mal zusammen deine Freundesliste anschauen? Erzähl mir, wer die alle sind.</translation>
    </message>
    <message>
        <source>Is there anyone on here you&apos;ve never met in real life?</source>
        <translation>Ist hier jemand dabei, den du im echten Leben noch nie getroffen hast?</translation>
    </message>
    <message>
        <source>How do you decide who to accept?</source>
        <translation>Wie entscheidest du, wen du annimmst?</translation>
    </message>
    <message>
        <source>If anyone on your list ever makes you feel uncomfortable, you can remove them, and tell me.</source>
        <translation>Wenn dir jemand auf deiner Liste mal ein komisches Gefühl gibt, kannst du die Person entfernen – und sag es mir.</translation>
    </message>
    <message>
        <source>Lots of new friends they can&apos;t name or explain.</source>
        <translation>Viele neue Freunde, die es nicht benennen oder erklären kann.</translation>
    </message>
    <message>
        <source>A &apos;friend of a friend&apos; nobody has met.</source>
        <translation>Ein „Freund eines Freundes“, den niemand je getroffen hat.</translation>
    </message>
    <message>
        <source>Friends who can see their location.</source>
        <translation>Freunde, die seinen Standort sehen können.</translation>
    </message>
    <message>
        <source>Stay calm; it is not their fault that someone they don&apos;t know is on the list.</source>
        <translation>Bleiben Sie ruhig; es ist nicht die Schuld Ihres Kindes, dass jemand auf der Liste steht, den es nicht kennt.</translation>
    </message>
    <message>
        <source>If someone worrying is there, screenshot the profile, username and any messages first.</source>
        <translation>Wenn dort jemand Besorgniserregendes steht, machen Sie zuerst Screenshots vom Profil, vom Benutzernamen und von allen Nachrichten.</translation>
    </message>
    <message>
        <source>Remove, block and report anyone they don&apos;t know who has asked for secrets, pictures, their location or a meeting.</source>
        <translation>Entfernen, blockieren und melden Sie alle Unbekannten, die nach Geheimnissen, Bildern, dem Standort oder einem Treffen gefragt haben.</translation>
    </message>
    <message>
        <source>If there was sexual talk or requests for pictures, report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Gab es sexuelle Gespräche oder Bitten um Bilder, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard.</translation>
    </message>
    <message>
        <source>Online-only friends can matter a lot to teenagers, so the goal is not to delete them all but to notice pressure: asking to meet, for personal details, for pictures, for secrecy, or to always be available. Some apps share live location with every friend by default. Fan and hobby groups can include adults pretending to be teens.</source>
        <translation>Freunde, die man nur online kennt, können Jugendlichen viel bedeuten. Das Ziel ist also nicht, alle zu löschen, sondern Druck zu erkennen: wenn jemand ein Treffen, persönliche Angaben, Bilder oder Geheimhaltung verlangt oder erwartet, dass man immer erreichbar ist. Manche Apps teilen den Live-Standort standardmäßig mit allen Freunden. In Fan- und Hobbygruppen können Erwachsene sein, die sich als Jugendliche ausgeben.</translation>
    </message>
    <message>
        <source>Of the people on your list, who have you actually met? Who has someone you trust met?</source>
        <translation>Wen von den Leuten auf deiner Liste hast du wirklich schon getroffen? Und wen hat jemand getroffen, dem du vertraust?</translation>
    </message>
    <message>
        <source>Has anyone on here ever asked for secrets, photos, money, your location, or to switch apps?</source>
        <translation>Hat dich hier schon mal jemand nach Geheimnissen, Fotos, Geld oder deinem Standort gefragt, oder wollte, dass ihr in eine andere App wechselt?</translation>
    </message>
    <message>
        <source>Who on this list can see where you are right now?</source>
        <translation>Wer auf dieser Liste kann gerade sehen, wo du bist?</translation>
    </message>
    <message>
        <source>Any online friend who&apos;s good for you won&apos;t mind you telling me about them.</source>
        <translation>Ein Online-Freund, der dir guttut, hat nichts dagegen, wenn du mir von ihm erzählst.</translation>
    </message>
    <message>
        <source>A sudden burst of new contacts.</source>
        <translation>Plötzlich viele neue Kontakte auf einmal.</translation>
    </message>
    <message>
        <source>An online friend who asks for secrecy or to meet.</source>
        <translation>Ein Online-Freund, der Geheimhaltung oder ein Treffen verlangt.</translation>
    </message>
    <message>
        <source>Live location shared with their whole list.</source>
        <translation>Der Live-Standort ist für die ganze Liste freigegeben.</translation>
    </message>
    <message>
        <source>The same unknown person on several of their apps.</source>
        <translation>Dieselbe unbekannte Person in mehreren seiner Apps.</translation>
    </message>
    <message>
        <source>Stay calm and tell them it is not their fault if someone on the list turned out not to be who they said.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist, wenn sich jemand auf der Liste als jemand anderes herausgestellt hat, als er behauptet hat.</translation>
    </message>
    <message>
        <source>Keep screenshots of the profile, username, profile link and messages, with dates, before removing anyone. Never keep or forward a sexual image of anyone under 18.</source>
        <translation>Sichern Sie Screenshots von Profil, Benutzername, Profillink und Nachrichten mit Datum, bevor Sie jemanden entfernen. Bewahren Sie niemals ein sexuelles Bild einer Person unter 18 auf und leiten Sie es nie weiter.</translation>
    </message>
    <message>
        <source>Remove, block and report the person on every app, and turn off location sharing with people they don&apos;t know well.</source>
        <translation>Entfernen, blockieren und melden Sie die Person in jeder App, und schalten Sie die Standortfreigabe für Leute ab, die Ihr Kind nicht gut kennt.</translation>
    </message>
    <message>
        <source>If there were sexual messages, requests for images, threats or a planned meeting, report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Gab es sexuelle Nachrichten, Bitten um Bilder, Drohungen oder ein geplantes Treffen, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard.</translation>
    </message>
    <message>
        <source>Hidden channels in harmless-looking apps</source>
        <translation>Versteckte Kanäle in harmlos wirkenden Apps</translation>
    </message>
    <message>
        <source>Playlist titles and covers, shared documents, game chat and bios can all be used to send messages.</source>
        <translation>Titel und Cover von Playlists, geteilte Dokumente, Spielchats und Profilbeschreibungen können alle genutzt werden, um Nachrichten zu schicken.</translation>
    </message>
    <message>
        <source>No 5–8 guide: at that age apps are best set up and used with a parent, and the everyday rule &apos;tell a grown-up if anything online worries you&apos; covers it. Use &apos;A new app: let&apos;s look at it together&apos; instead.</source>
        <translation>Kein Leitfaden für 5–8 Jahre: In diesem Alter werden Apps am besten gemeinsam mit den Eltern eingerichtet und genutzt, und die Alltagsregel „Sag einem Erwachsenen Bescheid, wenn dir online etwas Sorgen macht“ deckt das ab. Nutzen Sie stattdessen „Eine neue App: Schauen wir sie uns gemeinsam an“.</translation>
    </message>
    <message>
        <source>Apps without a chat button can still carry messages. In one UK case an 11-year-old was groomed through a music app: strangers renamed shared playlists to talk to her and asked her to upload pictures as playlist covers. Anywhere people can name something, type, comment, add a picture or invite someone can work like a chat.</source>
        <translation>Auch Apps ohne Chat-Knopf können Nachrichten transportieren. In einem Fall in Großbritannien wurde ein 11-jähriges Mädchen über eine Musik-App Opfer von Cybergrooming: Fremde benannten geteilte Playlists um, um mit ihr zu reden, und forderten sie auf, Bilder als Playlist-Cover hochzuladen. Überall, wo Menschen etwas benennen, tippen, kommentieren, ein Bild hinzufügen oder jemanden einladen können, kann das wie ein Chat funktionieren.</translation>
    </message>
    <message>
        <source>In the apps you use, can other people change names, add pictures or comment on your things?</source>
        <translation>Können andere in den Apps, die du benutzt, Namen ändern, Bilder hinzufügen oder deine Sachen kommentieren?</translation>
    </message>
    <message>
        <source>Did you know some people send messages through things like playlist names? What would you do if you saw that?</source>
        <translation>Wusstest du, dass manche Leute Nachrichten über so etwas wie Playlist-Namen verschicken? Was würdest du machen, wenn du so etwas siehst?</translation>
    </message>
    <message>
        <source>Shall we look at your music and game settings together, to see who can join or edit your stuff?</source>
        <translation>Wollen wir uns zusammen die Einstellungen in deinen Musik- und Spiele-Apps anschauen, um zu sehen, wer bei deinen Sachen mitmachen oder sie bearbeiten kann?</translation>
    </message>
    <message>
        <source>If someone ever asked you to upload a picture somewhere odd, you can tell me. You won&apos;t be in trouble.</source>
        <translation>Wenn dich mal jemand bittet, irgendwo an einer komischen Stelle ein Bild hochzuladen, kannst du es mir erzählen. Du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>Emails or notifications from an app about removed content, rule breaches or new collaborators.</source>
        <translation>E-Mails oder Benachrichtigungen einer App über entfernte Inhalte, Regelverstöße oder neue Mitwirkende.</translation>
    </message>
    <message>
        <source>Lots of time in a music, document or game app with quick switching when you come in.</source>
        <translation>Viel Zeit in einer Musik-, Dokumenten- oder Spiele-App, und schnelles Wegklicken, wenn Sie hereinkommen.</translation>
    </message>
    <message>
        <source>Playlists, documents or folders shared with accounts you don&apos;t know.</source>
        <translation>Playlists, Dokumente oder Ordner, die mit Konten geteilt sind, die Sie nicht kennen.</translation>
    </message>
    <message>
        <source>Usernames or handles for other apps appearing in titles, bios or comments.</source>
        <translation>Benutzernamen oder Handles für andere Apps tauchen in Titeln, Profilbeschreibungen oder Kommentaren auf.</translation>
    </message>
    <message>
        <source>Stay calm and tell them it is not their fault; this trick fooled adults and police too.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist; mit diesem Trick wurden auch Erwachsene und die Polizei getäuscht.</translation>
    </message>
    <message>
        <source>Keep the evidence: screenshots of the titles, comments, profiles and usernames, and any emails from the app. Never save or forward any picture of a child&apos;s body.</source>
        <translation>Sichern Sie die Beweise: Screenshots der Titel, Kommentare, Profile und Benutzernamen sowie alle E-Mails der App. Speichern Sie niemals ein Bild vom Körper eines Kindes und leiten Sie es nie weiter.</translation>
    </message>
    <message>
        <source>Report to the app and ask for anything uploaded to be removed, then block the accounts and make the profile private.</source>
        <translation>Melden Sie es der App und bitten Sie darum, alles Hochgeladene zu entfernen; blockieren Sie dann die Konten und stellen Sie das Profil auf privat.</translation>
    </message>
    <message>
        <source>Report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard. Report Remove (UK) or Take It Down (anywhere) can help with pictures.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard. Bei Bildern können Report Remove (Großbritannien) oder Take It Down (weltweit) helfen.</translation>
    </message>
    <message>
        <source>Teenagers use shared documents, comments, collaborative playlists and bios in creative ways, and also to chat where nobody checks. A handle for another app in a bio, or an &apos;add me on…&apos; in a comment, is often how someone moves the conversation somewhere private. Parental controls don&apos;t catch these, so talking does.</source>
        <translation>Jugendliche nutzen geteilte Dokumente, Kommentare, gemeinsame Playlists und Profilbeschreibungen kreativ – und auch, um dort zu chatten, wo niemand nachschaut. Ein Handle für eine andere App in der Profilbeschreibung oder ein „Füg mich hinzu auf …“ in einem Kommentar ist oft der Weg, auf dem jemand das Gespräch an einen privaten Ort verlegt. Jugendschutzeinstellungen erfassen das nicht, Gespräche schon.</translation>
    </message>
    <message>
        <source>Have you ever used a shared doc or playlist to chat? How does that work?</source>
        <translation>Hast du schon mal über ein geteiltes Dokument oder eine Playlist gechattet? Wie funktioniert das?</translation>
    </message>
    <message>
        <source>What&apos;s in your bio? Would you be happy if a stranger read it?</source>
        <translation>Was steht in deiner Profilbeschreibung? Wäre es okay für dich, wenn ein Fremder das liest?</translation>
    </message>
    <message>
        <source>Have you seen people use game chat or comments to get others onto a different app?</source>
        <translation>Hast du schon mal gesehen, dass Leute über einen Spielchat oder Kommentare andere in eine andere App locken wollen?</translation>
    </message>
    <message>
        <source>If anything odd ever happened in an app that&apos;s not meant for chatting, tell me. It&apos;s useful to know.</source>
        <translation>Wenn in einer App, die eigentlich nicht zum Chatten gedacht ist, mal irgendwas Seltsames passiert, erzähl es mir. Das ist gut zu wissen.</translation>
    </message>
    <message>
        <source>Unexpected emails about removed content or new collaborators.</source>
        <translation>Unerwartete E-Mails über entfernte Inhalte oder neue Mitwirkende.</translation>
    </message>
    <message>
        <source>Shared files or playlists with people you don&apos;t know.</source>
        <translation>Geteilte Dateien oder Playlists mit Leuten, die Sie nicht kennen.</translation>
    </message>
    <message>
        <source>Gifts or game currency from someone they met in a game.</source>
        <translation>Geschenke oder Spielwährung von jemandem, den es in einem Spiel kennengelernt hat.</translation>
    </message>
    <message>
        <source>Stay calm and tell them it is not their fault.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist.</translation>
    </message>
    <message>
        <source>Keep screenshots of titles, comments, profiles and messages, with dates. Never save or forward any sexual image of someone under 18.</source>
        <translation>Sichern Sie Screenshots von Titeln, Kommentaren, Profilen und Nachrichten mit Datum. Speichern Sie niemals ein sexuelles Bild einer Person unter 18 und leiten Sie es nie weiter.</translation>
    </message>
    <message>
        <source>Report to the service and ask for removal, then block the accounts on every app they used.</source>
        <translation>Melden Sie es dem Dienst und bitten Sie um Entfernung; blockieren Sie dann die Konten in jeder App, die genutzt wurde.</translation>
    </message>
    <message>
        <source>Report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard. Report Remove (UK) or Take It Down (anywhere) can help with images.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard. Bei Bildern können Report Remove (Großbritannien) oder Take It Down (weltweit) helfen.</translation>
    </message>
    <message>
        <source>Never send intimate pictures</source>
        <translation>Niemals intime Bilder verschicken</translation>
    </message>
    <message>
        <source>Our bodies are private; nobody should ask for pictures of them, and sending nudes is never safe, even to friends.</source>
        <translation>Unser Körper ist privat; niemand sollte nach Bildern davon fragen, und Nacktbilder zu verschicken ist nie sicher, auch nicht an Freunde.</translation>
    </message>
    <message>
        <source>At this age the talk is not about nudes or sex at all: it is about their body belonging to them. Simple rules, like &apos;the parts covered by your underwear are private&apos; and &apos;no one should ask to see or take pictures of them&apos;, give young children words to say no and to tell you.</source>
        <translation>In diesem Alter geht es in dem Gespräch überhaupt nicht um Nacktbilder oder Sex, sondern darum, dass sein Körper dem Kind gehört. Einfache Regeln wie „Die Körperteile, die deine Unterwäsche bedeckt, sind privat“ und „Niemand sollte verlangen, sie zu sehen oder Bilder davon zu machen“ geben kleinen Kindern Worte, um Nein zu sagen und es Ihnen zu erzählen.</translation>
    </message>
    <message>
        <source>The parts of your body that your swimsuit covers are private. Who do you think is allowed to see them?</source>
        <translation>Die Stellen an deinem Körper, die deine Badesachen bedecken, sind privat. Was meinst du, wer darf sie sehen?</translation>
    </message>
    <message>
        <source>If anyone ever asked you to take a photo of your private parts, even someone you know, what could you do?</source>
        <translation>Wenn dich jemals jemand bitten würde, ein Foto von deinen privaten Körperstellen zu machen, auch jemand, den du kennst – was könntest du dann tun?</translation>
    </message>
    <message>
        <source>Nobody should ask you to keep a secret about your body. If they do, tell me straight away.</source>
        <translation>Niemand sollte von dir verlangen, ein Geheimnis über deinen Körper für dich zu behalten. Wenn das jemand tut, sag es mir sofort.</translation>
    </message>
    <message>
        <source>Talking about a secret to do with their body or photos.</source>
        <translation>Spricht von einem Geheimnis, das mit seinem Körper oder mit Fotos zu tun hat.</translation>
    </message>
    <message>
        <source>Knowing words or things about bodies that seem too old for them.</source>
        <translation>Kennt Wörter oder Dinge über den Körper, die für sein Alter zu erwachsen wirken.</translation>
    </message>
    <message>
        <source>Becoming anxious about the tablet, bath time or being alone with a device.</source>
        <translation>Wird ängstlich beim Tablet, beim Baden oder wenn es mit einem Gerät allein ist.</translation>
    </message>
    <message>
        <source>Stay calm and gentle. Thank them for telling you and say it is not their fault and they are not in trouble.</source>
        <translation>Bleiben Sie ruhig und behutsam. Danken Sie Ihrem Kind, dass es Ihnen davon erzählt hat, und sagen Sie ihm, dass es nicht seine Schuld ist und dass es keinen Ärger bekommt.</translation>
    </message>
    <message>
        <source>Do not look at, save, copy or forward any picture, not even as evidence. Note the app, the username and when it happened instead; a screenshot of the name and the messages is fine.</source>
        <translation>Schauen Sie sich keine Bilder an, und speichern, kopieren oder leiten Sie keine weiter, auch nicht als Beweis. Notieren Sie stattdessen die App, den Benutzernamen und wann es passiert ist; ein Screenshot vom Namen und von den Nachrichten ist in Ordnung.</translation>
    </message>
    <message>
        <source>Block and report the account in the app.</source>
        <translation>Blockieren und melden Sie das Konto in der App.</translation>
    </message>
    <message>
        <source>Report to the police or your national child-protection hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Kinderschutz-Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard.</translation>
    </message>
    <message>
        <source>Some children this age are already asked for pictures by strangers, and sometimes by other children. They need a clear message: nobody should ask you for pictures of your body, and if they do it is not your fault, so tell me. A gentle first word about the law helps too: these pictures are against the law to protect children, not to punish them.</source>
        <translation>Manche Kinder in diesem Alter werden schon von Fremden um Bilder gebeten, manchmal auch von anderen Kindern. Sie brauchen eine klare Botschaft: Niemand sollte dich um Bilder von deinem Körper bitten, und wenn es doch jemand tut, ist es nicht deine Schuld – also sag es mir. Ein erstes, behutsames Wort zum Gesetz hilft auch: Diese Bilder sind verboten, um Kinder zu schützen, nicht um sie zu bestrafen.</translation>
    </message>
    <message>
        <source>If someone asked you to send a photo of yourself in your underwear or with no clothes, what would you do?</source>
        <translation>Wenn dich jemand bitten würde, ein Foto von dir in Unterwäsche oder ohne Kleidung zu schicken, was würdest du machen?</translation>
    </message>
    <message>
        <source>Do you know that once a picture is sent, you can&apos;t get it back, even on apps where it disappears?</source>
        <translation>Weißt du, dass man ein Bild nicht mehr zurückholen kann, wenn es einmal verschickt ist – auch nicht in Apps, in denen es verschwindet?</translation>
    </message>
    <message>
        <source>If you ever sent a picture you wished you hadn&apos;t, you could tell me. I&apos;d help you, not shout.</source>
        <translation>Wenn du mal ein Bild verschickt hast, das du lieber nicht verschickt hättest, kannst du es mir sagen. Ich würde dir helfen und nicht mit dir schimpfen.</translation>
    </message>
    <message>
        <source>There are ways to get pictures taken down from the internet. Shall we look at how together?</source>
        <translation>Es gibt Möglichkeiten, Bilder aus dem Internet entfernen zu lassen. Wollen wir uns zusammen anschauen, wie das geht?</translation>
    </message>
    <message>
        <source>Anxious or upset after messages, especially late at night.</source>
        <translation>Ängstlich oder aufgewühlt nach Nachrichten, vor allem spät abends.</translation>
    </message>
    <message>
        <source>Asking odd questions about photos or the camera on their device.</source>
        <translation>Stellt seltsame Fragen zu Fotos oder zur Kamera seines Geräts.</translation>
    </message>
    <message>
        <source>A new online friend they are secretive about.</source>
        <translation>Ein neuer Online-Freund, um den es ein Geheimnis macht.</translation>
    </message>
    <message>
        <source>Stay calm and thank them for telling you. Say clearly that it is not their fault and they are not in trouble.</source>
        <translation>Bleiben Sie ruhig und danken Sie Ihrem Kind, dass es Ihnen davon erzählt hat. Sagen Sie deutlich, dass es nicht seine Schuld ist und dass es keinen Ärger bekommt.</translation>
    </message>
    <message>
        <source>Do not look at, save, screenshot, copy or forward the picture yourself, not even as evidence. Instead note who asked, on which app, and when, and screenshot the username and messages only.</source>
        <translation>Schauen Sie sich das Bild nicht selbst an, machen Sie keinen Screenshot davon, und speichern, kopieren oder leiten Sie es nicht weiter, auch nicht als Beweis. Notieren Sie stattdessen, wer gefragt hat, in welcher App und wann, und machen Sie nur Screenshots vom Benutzernamen und von den Nachrichten.</translation>
    </message>
    <message>
        <source>Don&apos;t delete the chat or the account yet if an adult or pressure was involved; it is evidence. Report the account in the app, then block it.</source>
        <translation>Löschen Sie den Chat oder das Konto noch nicht, wenn ein Erwachsener oder Druck im Spiel war; das sind Beweise. Melden Sie das Konto in der App und blockieren Sie es dann.</translation>
    </message>
    <message>
        <source>Report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard.</translation>
    </message>
    <message>
        <source>Ask about getting the image taken down: Report Remove (UK, under-18s) or Take It Down (anywhere, for images taken under 18).</source>
        <translation>Erkundigen Sie sich, wie das Bild entfernt werden kann: Report Remove (Großbritannien, für unter 18-Jährige) oder Take It Down (weltweit, für Bilder, die vor dem 18. Geburtstag entstanden sind).</translation>
    </message>
    <message>
        <source>Teenagers share nudes for many reasons: a relationship, flirting, pressure, or because they were tricked. Once sent, a picture can be saved and shared, and it can be used to bully or blackmail. In many countries any sexual image of someone under 18 is illegal, even a selfie sent willingly; the law is there to protect young people, who are treated as victims when they were pressured. Not everyone does it, and saying so helps.</source>
        <translation>Jugendliche verschicken Nacktbilder aus vielen Gründen: in einer Beziehung, beim Flirten, unter Druck oder weil sie hereingelegt wurden. Ist ein Bild einmal verschickt, kann es gespeichert und weitergegeben und zum Mobbing oder zur Erpressung benutzt werden. In vielen Ländern ist jedes sexuelle Bild einer Person unter 18 illegal, selbst ein freiwillig verschicktes Selfie; das Gesetz soll junge Menschen schützen, und wer unter Druck gesetzt wurde, wird als Opfer behandelt. Nicht alle machen das, und es hilft, das auch zu sagen.</translation>
    </message>
    <message>
        <source>Do you think most people your age send nudes? Actually, most don&apos;t.</source>
        <translation>Glaubst du, dass die meisten in deinem Alter Nacktbilder verschicken? Tatsächlich machen das die meisten nicht.</translation>
    </message>
    <message>
        <source>What would you say if someone you liked kept asking for pictures?</source>
        <translation>Was würdest du sagen, wenn jemand, den du magst, immer wieder nach Bildern fragt?</translation>
    </message>
    <message>
        <source>If a friend sent you a nude of someone else, what would you do with it?</source>
        <translation>Wenn dir jemand ein Nacktbild von einer anderen Person schickt, was würdest du damit machen?</translation>
    </message>
    <message>
        <source>If a picture of you ever got out, come to me. You wouldn&apos;t be in trouble, and there are ways to get it taken down.</source>
        <translation>Falls jemals ein Bild von dir in Umlauf gerät, komm zu mir. Du bekämst keinen Ärger, und es gibt Wege, es entfernen zu lassen.</translation>
    </message>
    <message>
        <source>Sudden distress, panic or shame, especially around their phone.</source>
        <translation>Plötzliche Verzweiflung, Panik oder Scham, vor allem rund ums Handy.</translation>
    </message>
    <message>
        <source>Worry about what people at school are seeing or saying.</source>
        <translation>Sorge darüber, was die Leute in der Schule sehen oder sagen.</translation>
    </message>
    <message>
        <source>Pulling away from friends or not wanting to go to school.</source>
        <translation>Zieht sich von Freunden zurück oder will nicht mehr zur Schule gehen.</translation>
    </message>
    <message>
        <source>Pressure from a partner they seem unable to say no to.</source>
        <translation>Druck von einem Freund oder einer Freundin, bei dem es scheinbar nicht Nein sagen kann.</translation>
    </message>
    <message>
        <source>Stay calm and don&apos;t punish them. Tell them it is not their fault that someone pressured, tricked or shared, and that telling you was brave.</source>
        <translation>Bleiben Sie ruhig und bestrafen Sie Ihr Kind nicht. Sagen Sie ihm, dass es nicht seine Schuld ist, dass jemand Druck gemacht, es hereingelegt oder etwas weitergegeben hat, und dass es mutig war, es Ihnen zu erzählen.</translation>
    </message>
    <message>
        <source>Never view, save, screenshot, copy, print or forward the image yourself, even as evidence. Keep the chats, usernames and dates instead.</source>
        <translation>Schauen Sie sich das Bild niemals selbst an, machen Sie keinen Screenshot davon, und speichern, kopieren, drucken oder leiten Sie es nie weiter, auch nicht als Beweis. Sichern Sie stattdessen die Chats, Benutzernamen und Datumsangaben.</translation>
    </message>
    <message>
        <source>If it went to another young person with no pressure, ask for it to be deleted. If an adult, pressure, threats or money are involved, treat it as abuse: don&apos;t delete anything yet and report it to the police or your national hotline, CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Ging es ohne Druck an einen anderen jungen Menschen, bitten Sie darum, es zu löschen. Sind ein Erwachsener, Druck, Drohungen oder Geld im Spiel, behandeln Sie es als Missbrauch: Löschen Sie noch nichts und melden Sie es der Polizei oder Ihrer nationalen Meldestelle, CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard.</translation>
    </message>
    <message>
        <source>Get it taken down: Report Remove (UK, under-18s), Take It Down (anywhere, for images taken under 18), and a report on the platform where it appears.</source>
        <translation>Lassen Sie es entfernen: über Report Remove (Großbritannien, für unter 18-Jährige), Take It Down (weltweit, für Bilder, die vor dem 18. Geburtstag entstanden sind) und eine Meldung auf der Plattform, auf der es auftaucht.</translation>
    </message>
    <message>
        <source>If they received someone else&apos;s image: don&apos;t forward or keep it, report it on the platform and tell a trusted adult.</source>
        <translation>Wenn Ihr Kind das Bild einer anderen Person bekommen hat: nicht weiterleiten oder behalten, auf der Plattform melden und einem vertrauenswürdigen Erwachsenen Bescheid sagen.</translation>
    </message>
    <message>
        <source>With their agreement, let the school&apos;s safeguarding lead know, and check in over the next days.</source>
        <translation>Informieren Sie mit dem Einverständnis Ihres Kindes die für Kinderschutz zuständige Ansprechperson der Schule, und fragen Sie in den nächsten Tagen immer wieder nach, wie es ihm geht.</translation>
    </message>
    <message>
        <source>Live streaming</source>
        <translation>Livestreaming</translation>
    </message>
    <message>
        <source>Going live can&apos;t be undone: viewers can record, comment, dare and send gifts in real time.</source>
        <translation>Was live gesendet wurde, lässt sich nicht zurücknehmen: Zuschauer können in Echtzeit mitschneiden, kommentieren, zu Mutproben drängen und Geschenke schicken.</translation>
    </message>
    <message>
        <source>Video calls and streams feel like normal play to young children. The simple rule at this age is that video calls and streams happen only with family or people you know, with a grown-up nearby, never with strangers.</source>
        <translation>Videoanrufe und Streams fühlen sich für kleine Kinder wie ganz normales Spielen an. Die einfache Regel in diesem Alter: Videoanrufe und Streams nur mit der Familie oder mit Leuten, die man kennt, mit einem Erwachsenen in der Nähe und nie mit Fremden.</translation>
    </message>
    <message>
        <source>When we video call Grandma, we can see each other live. Who else do you think it is OK to video call?</source>
        <translation>Wenn wir mit Oma videotelefonieren, können wir uns live sehen. Was meinst du, mit wem ist es noch okay zu videotelefonieren?</translation>
    </message>
    <message>
        <source>If someone you don&apos;t know asks you to turn on your camera, what should you do?</source>
        <translation>Wenn jemand, den du nicht kennst, dich bittet, deine Kamera anzumachen, was solltest du dann tun?</translation>
    </message>
    <message>
        <source>Let&apos;s keep the tablet in the living room when you&apos;re on camera. Why might that be a good idea?</source>
        <translation>Lass uns das Tablet im Wohnzimmer lassen, wenn du vor der Kamera bist. Warum könnte das eine gute Idee sein?</translation>
    </message>
    <message>
        <source>Using the camera in their bedroom or out of sight.</source>
        <translation>Benutzt die Kamera in seinem Zimmer oder außer Sichtweite.</translation>
    </message>
    <message>
        <source>Talking about people watching them play.</source>
        <translation>Erzählt von Leuten, die ihm beim Spielen zuschauen.</translation>
    </message>
    <message>
        <source>Upset or quiet after being on a call or game.</source>
        <translation>Aufgewühlt oder still nach einem Anruf oder Spiel.</translation>
    </message>
    <message>
        <source>Stay calm and thank them for telling you. Tell them it is not their fault.</source>
        <translation>Bleiben Sie ruhig und danken Sie Ihrem Kind, dass es Ihnen davon erzählt hat. Sagen Sie ihm, dass es nicht seine Schuld ist.</translation>
    </message>
    <message>
        <source>End the call or stream. Note the app, the username and the time; a screenshot of the name is fine, but never of any picture showing a child&apos;s body.</source>
        <translation>Beenden Sie den Anruf oder Stream. Notieren Sie die App, den Benutzernamen und die Uhrzeit; ein Screenshot vom Namen ist in Ordnung, aber niemals von einem Bild, das den Körper eines Kindes zeigt.</translation>
    </message>
    <message>
        <source>Block and report the account in the app, and switch off streaming or calls from people who are not friends.</source>
        <translation>Blockieren und melden Sie das Konto in der App, und schalten Sie Streaming oder Anrufe von Personen ab, die keine Freunde sind.</translation>
    </message>
    <message>
        <source>If someone asked them to do something on camera, report it to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn jemand Ihr Kind aufgefordert hat, vor der Kamera etwas zu tun, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard.</translation>
    </message>
    <message>
        <source>A live stream goes out instantly, so there is no chance to think twice, and viewers can record it. Some people use comments, dares, flattery or gifts to push children into doing things on camera they don&apos;t want to do. Streaming only with real friends, in a shared room, with location off, removes most of the risk.</source>
        <translation>Ein Livestream wird sofort gesendet, es bleibt also keine Gelegenheit, noch einmal nachzudenken, und Zuschauer können ihn aufnehmen. Manche Menschen nutzen Kommentare, Mutproben, Schmeicheleien oder Geschenke, um Kinder dazu zu drängen, vor der Kamera Dinge zu tun, die sie nicht tun wollen. Nur mit echten Freunden, in einem gemeinsam genutzten Raum und mit ausgeschaltetem Standort zu streamen, beseitigt den größten Teil des Risikos.</translation>
    </message>
    <message>
        <source>What do you think happens to a live stream after it ends? Can anyone keep it?</source>
        <translation>Was glaubst du, was mit einem Livestream passiert, wenn er vorbei ist? Kann ihn jemand behalten?</translation>
    </message>
    <message>
        <source>What would you do if someone watching dared you to do something on camera?</source>
        <translation>Was würdest du machen, wenn dich jemand, der zuschaut, zu einer Mutprobe vor der Kamera auffordert?</translation>
    </message>
    <message>
        <source>What can people see behind you when you&apos;re on camera? Could they work out where you live or go to school?</source>
        <translation>Was können Leute hinter dir sehen, wenn du vor der Kamera bist? Könnten sie herausfinden, wo du wohnst oder zur Schule gehst?</translation>
    </message>
    <message>
        <source>If anyone ever asked you to do something on camera that felt wrong, stop the stream and come to me. You won&apos;t be in trouble.</source>
        <translation>Wenn dich mal jemand auffordert, vor der Kamera etwas zu tun, das sich falsch anfühlt, beende den Stream und komm zu mir. Du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>Streaming from their bedroom, often late or with the door shut.</source>
        <translation>Streamt aus seinem Zimmer, oft spät oder bei geschlossener Tür.</translation>
    </message>
    <message>
        <source>Talk of viewers, followers or gifts from people they don&apos;t know.</source>
        <translation>Erzählt von Zuschauern, Followern oder Geschenken von Leuten, die es nicht kennt.</translation>
    </message>
    <message>
        <source>Unexplained gifts or in-app currency.</source>
        <translation>Unerklärliche Geschenke oder In-App-Währung.</translation>
    </message>
    <message>
        <source>Seeming anxious or upset after going live.</source>
        <translation>Wirkt ängstlich oder aufgewühlt, nachdem es live war.</translation>
    </message>
    <message>
        <source>Stay calm and reassure them: whatever happened on camera, it is not their fault.</source>
        <translation>Bleiben Sie ruhig und beruhigen Sie Ihr Kind: Was auch immer vor der Kamera passiert ist, es ist nicht seine Schuld.</translation>
    </message>
    <message>
        <source>End the stream and don&apos;t do what was asked. Keep the evidence: usernames, comments and times. Never save or share any recording or image showing a child.</source>
        <translation>Beenden Sie den Stream und tun Sie nichts von dem, was verlangt wurde. Sichern Sie die Beweise: Benutzernamen, Kommentare und Uhrzeiten. Speichern oder teilen Sie niemals eine Aufnahme oder ein Bild, das ein Kind zeigt.</translation>
    </message>
    <message>
        <source>Report the account in the app, then block it.</source>
        <translation>Melden Sie das Konto in der App und blockieren Sie es dann.</translation>
    </message>
    <message>
        <source>If a recording might be shared, Report Remove (UK, under-18s) or Take It Down (anywhere) can help block it.</source>
        <translation>Falls eine Aufnahme geteilt werden könnte, können Report Remove (Großbritannien, für unter 18-Jährige) oder Take It Down (weltweit) helfen, sie zu blockieren.</translation>
    </message>
    <message>
        <source>Teenagers stream to share their lives and hobbies, and it can be fun and creative. The risks are that it is unedited, anyone can record it, the background can give away where they live, and some viewers use gifts, dares and flattery to push for more. Requests to do things on camera, or to move to a private call, are the signal to stop.</source>
        <translation>Jugendliche streamen, um ihr Leben und ihre Hobbys zu teilen, und das kann Spaß machen und kreativ sein. Die Risiken: Es ist ungeschnitten, jeder kann es aufnehmen, der Hintergrund kann verraten, wo sie wohnen, und manche Zuschauer nutzen Geschenke, Mutproben und Schmeicheleien, um mehr zu verlangen. Aufforderungen, vor der Kamera etwas zu tun oder in einen privaten Anruf zu wechseln, sind das Signal, aufzuhören.</translation>
    </message>
    <message>
        <source>What do you enjoy about streaming or watching streams?</source>
        <translation>Was gefällt dir am Streamen oder daran, Streams zu schauen?</translation>
    </message>
    <message>
        <source>Have you seen streamers get pressured by people in the comments? How did they handle it?</source>
        <translation>Hast du schon mal gesehen, wie Streamer in den Kommentaren unter Druck gesetzt wurden? Wie sind sie damit umgegangen?</translation>
    </message>
    <message>
        <source>Who can watch you when you go live? Shall we check the settings together?</source>
        <translation>Wer kann dir zuschauen, wenn du live gehst? Wollen wir zusammen die Einstellungen checken?</translation>
    </message>
    <message>
        <source>If a stream or video call ever went wrong, come to me. We&apos;ll sort it out together, no matter what happened.</source>
        <translation>Wenn bei einem Stream oder Videoanruf mal etwas schiefgeht, komm zu mir. Wir kriegen das gemeinsam hin, egal was passiert ist.</translation>
    </message>
    <message>
        <source>Gifts, money or followers from people they don&apos;t know.</source>
        <translation>Geschenke, Geld oder Follower von Leuten, die es nicht kennt.</translation>
    </message>
    <message>
        <source>Being asked to move to private calls.</source>
        <translation>Wird gebeten, in private Anrufe zu wechseln.</translation>
    </message>
    <message>
        <source>Secretive streaming late at night in their room.</source>
        <translation>Heimliches Streamen spät nachts in seinem Zimmer.</translation>
    </message>
    <message>
        <source>Panic or low mood after being live.</source>
        <translation>Panik oder gedrückte Stimmung, nachdem es live war.</translation>
    </message>
    <message>
        <source>Stay calm and listen. Make sure they hear it is not their fault, no matter what they did or shared on camera.</source>
        <translation>Bleiben Sie ruhig und hören Sie zu. Sorgen Sie dafür, dass Ihr Kind hört: Es ist nicht seine Schuld, ganz egal, was es vor der Kamera getan oder gezeigt hat.</translation>
    </message>
    <message>
        <source>End the stream or call and stop contact. Keep the evidence: usernames, comments, messages, gift or payment records and times. Never save, screen-record or forward anything sexual showing someone under 18.</source>
        <translation>Beenden Sie den Stream oder Anruf und brechen Sie den Kontakt ab. Sichern Sie die Beweise: Benutzernamen, Kommentare, Nachrichten, Belege über Geschenke oder Zahlungen und Uhrzeiten. Speichern Sie niemals etwas Sexuelles, das eine Person unter 18 zeigt, nehmen Sie es nicht per Bildschirmaufnahme auf und leiten Sie es nie weiter.</translation>
    </message>
    <message>
        <source>Report the account on the platform and block it.</source>
        <translation>Melden Sie das Konto auf der Plattform und blockieren Sie es.</translation>
    </message>
    <message>
        <source>If a recording may be shared, use Report Remove (UK, under-18s) or Take It Down (anywhere) to help block it.</source>
        <translation>Falls eine Aufnahme geteilt werden könnte, nutzen Sie Report Remove (Großbritannien, für unter 18-Jährige) oder Take It Down (weltweit), um sie blockieren zu lassen.</translation>
    </message>
    <message>
        <source>Modelling and paid-photo offers</source>
        <translation>Model-Angebote und Geld für Fotos</translation>
    </message>
    <message>
        <source>Real agencies don&apos;t scout children by message or ask for photos in underwear; money or gifts for photos is a red flag.</source>
        <translation>Echte Agenturen werben Kinder nicht per Nachricht an und verlangen keine Fotos in Unterwäsche; Geld oder Geschenke für Fotos sind ein klares Warnzeichen.</translation>
    </message>
    <message>
        <source>No 5–8 guide: offers like these are aimed at older children. For young children the rules in &apos;Someone who is too nice&apos; and &apos;Never send intimate pictures&apos; cover it.</source>
        <translation>Kein Leitfaden für 5–8 Jahre: Solche Angebote richten sich an ältere Kinder. Für kleine Kinder decken die Regeln in „Jemand, der zu nett ist“ und „Niemals intime Bilder verschicken“ das ab.</translation>
    </message>
    <message>
        <source>Some people offer children game currency, gift cards or money in exchange for photos. At this age one clear rule is enough: nobody should pay you or give you presents for pictures of yourself, and if anyone offers, tell me.</source>
        <translation>Manche Menschen bieten Kindern Spielwährung, Geschenkkarten oder Geld für Fotos an. In diesem Alter reicht eine klare Regel: Niemand sollte dich für Bilder von dir bezahlen oder dir dafür Geschenke machen, und wenn es jemand anbietet, sag es mir.</translation>
    </message>
    <message>
        <source>If someone online offered you game money for a photo of yourself, what would you think?</source>
        <translation>Wenn dir online jemand Spielgeld für ein Foto von dir anbieten würde, was würdest du davon halten?</translation>
    </message>
    <message>
        <source>Why would a stranger want to pay a child for pictures?</source>
        <translation>Warum sollte ein Fremder einem Kind Geld für Bilder geben wollen?</translation>
    </message>
    <message>
        <source>If anyone ever offers you something for a photo, you can tell me and you won&apos;t be in trouble.</source>
        <translation>Wenn dir jemals jemand etwas für ein Foto anbietet, kannst du es mir sagen, und du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>Game currency, gift cards or money they can&apos;t explain.</source>
        <translation>Spielwährung, Geschenkkarten oder Geld, die es nicht erklären kann.</translation>
    </message>
    <message>
        <source>Talk of someone who wants to &apos;help&apos; them become famous.</source>
        <translation>Erzählt von jemandem, der ihm „helfen“ will, berühmt zu werden.</translation>
    </message>
    <message>
        <source>New secrecy around their phone&apos;s camera.</source>
        <translation>Neue Heimlichkeit rund um die Handykamera.</translation>
    </message>
    <message>
        <source>Stay calm, thank them for telling you, and say it is not their fault.</source>
        <translation>Bleiben Sie ruhig, danken Sie Ihrem Kind, dass es Ihnen davon erzählt hat, und sagen Sie ihm, dass es nicht seine Schuld ist.</translation>
    </message>
    <message>
        <source>Stop contact and don&apos;t send anything. Keep screenshots of the messages, profile and username, and any gift or payment records. Never save or forward any picture of a child&apos;s body.</source>
        <translation>Brechen Sie den Kontakt ab und schicken Sie nichts. Sichern Sie Screenshots der Nachrichten, des Profils und des Benutzernamens sowie alle Belege über Geschenke oder Zahlungen. Speichern Sie niemals ein Bild vom Körper eines Kindes und leiten Sie es nie weiter.</translation>
    </message>
    <message>
        <source>Fake scouts flatter young people (&apos;you could be a model&apos;), then ask for photos that become more revealing, or for a video &apos;interview&apos; undressed, and may use them for blackmail. Some pose as friends of a real agency. A real agency never recruits children by private message, never asks for underwear or nude photos, never asks you to keep it from your parents, and never charges an upfront fee.</source>
        <translation>Falsche Modelscouts schmeicheln jungen Menschen („Du könntest Model werden“), verlangen dann Fotos, die immer freizügiger werden, oder ein Video-„Vorstellungsgespräch“ ohne Kleidung, und nutzen sie womöglich zur Erpressung. Manche geben sich als Bekannte einer echten Agentur aus. Eine echte Agentur wirbt Kinder nie per Privatnachricht an, verlangt nie Fotos in Unterwäsche oder Nacktfotos, bittet nie darum, etwas vor den Eltern geheim zu halten, und verlangt nie eine Gebühr im Voraus.</translation>
    </message>
    <message>
        <source>If an account said you could be a model, how would you check it was real?</source>
        <translation>Wenn ein Account schreibt, dass du Model werden könntest – wie würdest du prüfen, ob das echt ist?</translation>
    </message>
    <message>
        <source>What do you think a real agency would never ask for?</source>
        <translation>Was glaubst du, wonach eine echte Agentur nie fragen würde?</translation>
    </message>
    <message>
        <source>Have you or friends ever been offered money or gifts for pictures?</source>
        <translation>Hat dir oder deinen Freunden schon mal jemand Geld oder Geschenke für Bilder angeboten?</translation>
    </message>
    <message>
        <source>If you ever sent something to a &apos;scout&apos; and it went wrong, come to me. You won&apos;t be in trouble.</source>
        <translation>Falls du mal etwas an einen „Scout“ geschickt hast und es schiefgelaufen ist, komm zu mir. Du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>Excitement about a modelling or influencer offer from someone online.</source>
        <translation>Begeisterung über ein Model- oder Influencer-Angebot von jemandem aus dem Internet.</translation>
    </message>
    <message>
        <source>Requests for photos, measurements or a video &apos;audition&apos;.</source>
        <translation>Bitten um Fotos, Körpermaße oder ein „Casting“ per Video.</translation>
    </message>
    <message>
        <source>Unexplained money, gifts or gift cards.</source>
        <translation>Unerklärliches Geld, Geschenke oder Geschenkkarten.</translation>
    </message>
    <message>
        <source>Sudden anxiety about their phone after the excitement.</source>
        <translation>Plötzliche Angst rund ums Handy nach der anfänglichen Begeisterung.</translation>
    </message>
    <message>
        <source>Stay calm and tell them it is not their fault; these scams are designed to be convincing.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist; diese Betrugsmaschen sind darauf angelegt, überzeugend zu wirken.</translation>
    </message>
    <message>
        <source>Stop contact and don&apos;t send anything more. Keep the evidence: messages, usernames, profile links and any payment details. Never keep or forward a sexual image of anyone under 18.</source>
        <translation>Brechen Sie den Kontakt ab und schicken Sie nichts mehr. Sichern Sie die Beweise: Nachrichten, Benutzernamen, Profillinks und alle Zahlungsdetails. Bewahren Sie niemals ein sexuelles Bild einer Person unter 18 auf und leiten Sie es nie weiter.</translation>
    </message>
    <message>
        <source>Report the profile on the platform and block it.</source>
        <translation>Melden Sie das Profil auf der Plattform und blockieren Sie es.</translation>
    </message>
    <message>
        <source>Report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard. If images were sent, Report Remove (UK) or Take It Down (anywhere) can help.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard. Wurden Bilder verschickt, können Report Remove (Großbritannien) oder Take It Down (weltweit) helfen.</translation>
    </message>
    <message>
        <source>If you as a parent paid a fee for a &apos;child modelling&apos; offer, report it as fraud too (Action Fraud in the UK).</source>
        <translation>Wenn Sie als Elternteil eine Gebühr für ein „Kindermodel“-Angebot bezahlt haben, zeigen Sie das zusätzlich als Betrug an (in Großbritannien bei Action Fraud).</translation>
    </message>
    <message>
        <source>A new app: let&apos;s look at it together</source>
        <translation>Eine neue App: Schauen wir sie uns gemeinsam an</translation>
    </message>
    <message>
        <source>Explore each new app or game together: age rating, who can contact you, what others can see.</source>
        <translation>Erkunden Sie jede neue App und jedes neue Spiel gemeinsam: Altersfreigabe, wer Ihr Kind kontaktieren kann, was andere sehen können.</translation>
    </message>
    <message>
        <source>Young children learn a lot from exploring apps with you, and it lets you see who can talk to them. Asking them to teach you the game turns safety into something you do together, not a rule handed down.</source>
        <translation>Kleine Kinder lernen viel, wenn sie Apps gemeinsam mit Ihnen erkunden, und Sie sehen dabei, wer mit ihnen reden kann. Wenn Sie sich das Spiel von Ihrem Kind beibringen lassen, wird Sicherheit zu etwas, das Sie gemeinsam tun, statt zu einer Regel von oben.</translation>
    </message>
    <message>
        <source>Can you teach me how this game works?</source>
        <translation>Kannst du mir beibringen, wie dieses Spiel geht?</translation>
    </message>
    <message>
        <source>Does anyone else play in this game with you? Can they talk to you?</source>
        <translation>Spielt in diesem Spiel noch jemand anderes mit dir? Können die mit dir reden?</translation>
    </message>
    <message>
        <source>Before we get a new game, let&apos;s look at it together first. What do you like about it?</source>
        <translation>Bevor wir ein neues Spiel holen, schauen wir es uns erst mal zusammen an. Was gefällt dir daran?</translation>
    </message>
    <message>
        <source>An app or game on the device that you didn&apos;t install.</source>
        <translation>Eine App oder ein Spiel auf dem Gerät, das Sie nicht installiert haben.</translation>
    </message>
    <message>
        <source>A game with chat or voice that is switched on.</source>
        <translation>Ein Spiel mit eingeschaltetem Text- oder Sprachchat.</translation>
    </message>
    <message>
        <source>In-app purchases or gifts from other players.</source>
        <translation>In-App-Käufe oder Geschenke von anderen Spielern.</translation>
    </message>
    <message>
        <source>If you find an app you didn&apos;t know about, stay calm; it is not their fault for being curious.</source>
        <translation>Wenn Sie eine App finden, von der Sie nichts wussten, bleiben Sie ruhig; es ist nicht die Schuld Ihres Kindes, dass es neugierig war.</translation>
    </message>
    <message>
        <source>Look at it together: who can contact them, what they&apos;ve shared, and whether anything worried them. Screenshot any messages from strangers, with the username.</source>
        <translation>Schauen Sie sie sich gemeinsam an: wer Ihr Kind kontaktieren kann, was es geteilt hat und ob ihm etwas Sorgen gemacht hat. Machen Sie Screenshots von allen Nachrichten von Fremden, mit dem Benutzernamen.</translation>
    </message>
    <message>
        <source>Set it up safely together or remove it, and block and report anyone who made them uncomfortable.</source>
        <translation>Richten Sie die App gemeinsam sicher ein oder entfernen Sie sie, und blockieren und melden Sie alle, bei denen sich Ihr Kind unwohl gefühlt hat.</translation>
    </message>
    <message>
        <source>If anything sexual or threatening happened, report it to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn etwas Sexuelles oder Bedrohliches passiert ist, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (Großbritannien), der NCMEC CyberTipline (USA) oder der Meldestelle für Ihr Land in FamilyGuard.</translation>
    </message>
    <message>
        <source>Most apps start with public settings, and some chat apps carry child-friendly age ratings even though they connect children with strangers. Going through a new app together, including the minimum age, who can message, who can find them, location, comments and gifts, catches most problems early.</source>
        <translation>Die meisten Apps starten mit öffentlichen Einstellungen, und manche Chat-Apps haben kinderfreundliche Altersfreigaben, obwohl sie Kinder mit Fremden verbinden. Wenn Sie eine neue App gemeinsam durchgehen – Mindestalter, wer Nachrichten schicken kann, wer Ihr Kind finden kann, Standort, Kommentare und Geschenke –, erkennen Sie die meisten Probleme früh.</translation>
    </message>
    <message>
        <source>Show me this new app. What do people do on it?</source>
        <translation>Zeig mir mal die neue App. Was machen die Leute da so?</translation>
    </message>
    <message>
        <source>Who can message you or find you on here? Let&apos;s check the settings together.</source>
        <translation>Wer kann dir hier schreiben oder dich finden? Lass uns zusammen die Einstellungen checken.</translation>
    </message>
    <message>
        <source>Can other people name things, comment or add pictures here?</source>
        <translation>Können andere hier Dinge benennen, kommentieren oder Bilder hinzufügen?</translation>
    </message>
    <message>
        <source>Let&apos;s agree some rules for this app, and we&apos;ll change them as you get older.</source>
        <translation>Lass uns ein paar Regeln für diese App abmachen, und wenn du älter wirst, passen wir sie an.</translation>
    </message>
    <message>
        <source>Apps you didn&apos;t agree to, or a second account you didn&apos;t know about.</source>
        <translation>Apps, denen Sie nicht zugestimmt haben, oder ein zweites Konto, von dem Sie nichts wussten.</translation>
    </message>
    <message>
        <source>Settings switched back to public.</source>
        <translation>Einstellungen, die wieder auf öffentlich gestellt wurden.</translation>
    </message>
    <message>
        <source>An app that is rated for older children.</source>
        <translation>Eine App, die für ältere Kinder freigegeben ist.</translation>
    </message>
    <message>
        <source>Stay calm; it is not their fault if an app was less safe than it looked.</source>
        <translation>Bleiben Sie ruhig; es ist nicht die Schuld Ihres Kindes, wenn eine App weniger sicher war, als sie aussah.</translation>
    </message>
    <message>
        <source>Look at what happened together and keep screenshots of any worrying messages and usernames.</source>
        <translation>Schauen Sie sich gemeinsam an, was passiert ist, und sichern Sie Screenshots von beunruhigenden Nachrichten und Benutzernamen.</translation>
    </message>
    <message>
        <source>Change the settings, or remove the app, and block and report anyone who bothered them.</source>
        <translation>Ändern Sie die Einstellungen oder entfernen Sie die App, und blockieren und melden Sie alle, die Ihr Kind belästigt haben.</translation>
    </message>
    <message>
        <source>Teenagers often find new apps before parents do, and friends may have devices with no controls, so rules alone won&apos;t keep up. Setting up a new app together and handing control over gradually builds the judgement they&apos;ll need. Opening your own account on the app helps you understand it.</source>
        <translation>Jugendliche entdecken neue Apps oft vor ihren Eltern, und Freunde haben vielleicht Geräte ganz ohne Jugendschutzeinstellungen, daher kommen Regeln allein nicht hinterher. Eine neue App gemeinsam einzurichten und die Kontrolle nach und nach abzugeben, stärkt das Urteilsvermögen, das Jugendliche brauchen werden. Ein eigenes Konto in der App hilft Ihnen, sie zu verstehen.</translation>
    </message>
    <message>
        <source>What&apos;s new that your friends are using? Can you show me?</source>
        <translation>Was gibt&apos;s Neues, das deine Freunde benutzen? Zeigst du es mir?</translation>
    </message>
    <message>
        <source>What settings would you choose on this app, and why?</source>
        <translation>Welche Einstellungen würdest du bei dieser App wählen, und warum?</translation>
    </message>
    <message>
        <source>What would make you delete an app?</source>
        <translation>Was wäre für dich ein Grund, eine App zu löschen?</translation>
    </message>
    <message>
        <source>I&apos;m not here to ban things; I&apos;d just like to understand what you use.</source>
        <translation>Ich will hier nichts verbieten; ich möchte nur verstehen, was du benutzt.</translation>
    </message>
    <message>
        <source>A new app they are unusually secretive about.</source>
        <translation>Eine neue App, um die es ungewöhnlich viel Geheimnis macht.</translation>
    </message>
    <message>
        <source>A new set of contacts appearing all at once.</source>
        <translation>Viele neue Kontakte, die alle auf einmal auftauchen.</translation>
    </message>
    <message>
        <source>An app that pairs them with strangers or allows anonymous messages.</source>
        <translation>Eine App, die es mit Fremden verbindet oder anonyme Nachrichten erlaubt.</translation>
    </message>
    <message>
        <source>Stay calm and curious rather than angry; it is not their fault that an app put them in a tricky spot.</source>
        <translation>Bleiben Sie ruhig und eher neugierig als verärgert; es ist nicht die Schuld Ihres Kindes, dass eine App es in eine schwierige Lage gebracht hat.</translation>
    </message>
    <message>
        <source>Keep evidence of anything worrying: screenshots of messages, usernames, profile links and dates.</source>
        <translation>Sichern Sie Beweise für alles Beunruhigende: Screenshots von Nachrichten, Benutzernamen, Profillinks und Datum.</translation>
    </message>
    <message>
        <source>Review the settings together, block and report anyone who caused trouble, and agree whether to keep the app.</source>
        <translation>Gehen Sie die Einstellungen gemeinsam durch, blockieren und melden Sie alle, die Ärger gemacht haben, und vereinbaren Sie, ob die App bleibt.</translation>
    </message>
    <message>
        <source>Personal details and location</source>
        <translation>Persönliche Daten und Standort</translation>
    </message>
    <message>
        <source>Name, school, address, routine and live location stay with people we know offline.</source>
        <translation>Name, Schule, Adresse, Tagesablauf und Live-Standort bleiben bei Menschen, die wir auch außerhalb des Internets kennen.</translation>
    </message>
    <message>
        <source>Some people collect small details from children&apos;s chats and posts to find them or build fake trust. Young children can learn that their full name, address, school and passwords are private, the same way they learn to look both ways.</source>
        <translation>Manche Menschen sammeln kleine Details aus den Chats und Beiträgen von Kindern, um sie zu finden oder falsches Vertrauen aufzubauen. Schon kleine Kinder können lernen, dass ihr vollständiger Name, ihre Adresse, ihre Schule und ihre Passwörter privat sind – so wie sie lernen, vor dem Überqueren der Straße nach links und rechts zu schauen.</translation>
    </message>
    <message>
        <source>What things about us are private, that we don&apos;t tell people online?</source>
        <translation>Was über uns ist privat, also was erzählen wir Leuten im Internet nicht?</translation>
    </message>
    <message>
        <source>If someone in a game asked what school you go to, what could you say?</source>
        <translation>Wenn dich jemand in einem Spiel fragt, auf welche Schule du gehst – was könntest du dann sagen?</translation>
    </message>
    <message>
        <source>Passwords are like the key to our house. Who do you think should have them?</source>
        <translation>Passwörter sind wie der Schlüssel zu unserem Zuhause. Was meinst du, wer sollte die haben?</translation>
    </message>
    <message>
        <source>Someone in a game or app asking about their school or where they live.</source>
        <translation>Jemand in einem Spiel oder einer App fragt nach der Schule Ihres Kindes oder danach, wo es wohnt.</translation>
    </message>
    <message>
        <source>Photos taken in school uniform or outside the house being shared.</source>
        <translation>Fotos, auf denen Ihr Kind in Schuluniform oder vor dem Haus zu sehen ist, werden geteilt.</translation>
    </message>
    <message>
        <source>A username that includes their real name or age.</source>
        <translation>Ein Benutzername, der den echten Namen oder das Alter Ihres Kindes enthält.</translation>
    </message>
    <message>
        <source>Stay calm and tell them it is not their fault; they didn&apos;t know.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist; es wusste es nicht besser.</translation>
    </message>
    <message>
        <source>Note what was shared, with whom and when, and screenshot the username and messages.</source>
        <translation>Notieren Sie, was mit wem und wann geteilt wurde, und machen Sie Screenshots vom Benutzernamen und von den Nachrichten.</translation>
    </message>
    <message>
        <source>Delete the post or message if you can, block and report the person, and set the account to private.</source>
        <translation>Löschen Sie den Beitrag oder die Nachricht, wenn möglich, blockieren und melden Sie die Person und stellen Sie das Konto auf privat.</translation>
    </message>
    <message>
        <source>If a stranger now knows your address or school and seems interested in your child, tell the school and the police. If anyone threatens to come to your home, call the emergency number.</source>
        <translation>Wenn eine fremde Person jetzt Ihre Adresse oder die Schule kennt und sich für Ihr Kind zu interessieren scheint, informieren Sie die Schule und die Polizei. Wenn jemand droht, zu Ihnen nach Hause zu kommen, wählen Sie die Notrufnummer.</translation>
    </message>
    <message>
        <source>Apps often share more than children realise: a school logo, a street sign in a photo, a birthday in a username, or live location on a map. People who want to harm children can piece these clues together. Most apps start with public settings, so it is worth checking them together.</source>
        <translation>Apps teilen oft mehr, als Kindern bewusst ist: ein Schullogo, ein Straßenschild auf einem Foto, ein Geburtstag im Benutzernamen oder der Live-Standort auf einer Karte. Menschen, die Kindern schaden wollen, können diese Hinweise zusammensetzen. Die meisten Apps starten mit öffentlichen Einstellungen, deshalb lohnt es sich, sie gemeinsam zu prüfen.</translation>
    </message>
    <message>
        <source>If a stranger looked at your profile, what could they work out about you?</source>
        <translation>Wenn sich ein Fremder dein Profil anschaut – was könnte er daraus über dich herausfinden?</translation>
    </message>
    <message>
        <source>Does any app you use show your location on a map? Shall we check?</source>
        <translation>Zeigt eine deiner Apps deinen Standort auf einer Karte an? Wollen wir das mal zusammen nachschauen?</translation>
    </message>
    <message>
        <source>What is in the background of your photos and videos? Could someone tell where you are?</source>
        <translation>Was ist im Hintergrund deiner Fotos und Videos zu sehen? Könnte jemand daran erkennen, wo du bist?</translation>
    </message>
    <message>
        <source>If someone asks where you live or go to school, come and tell me. You won&apos;t be in trouble.</source>
        <translation>Wenn dich jemand fragt, wo du wohnst oder auf welche Schule du gehst, komm und sag es mir. Du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>Location sharing turned on in an app.</source>
        <translation>Die Standortfreigabe ist in einer App eingeschaltet.</translation>
    </message>
    <message>
        <source>Photos showing their school, home or street.</source>
        <translation>Fotos, auf denen die Schule, das Zuhause oder die Straße Ihres Kindes zu sehen ist.</translation>
    </message>
    <message>
        <source>Someone online who seems to know where they go or what they do.</source>
        <translation>Jemand im Internet scheint zu wissen, wohin Ihr Kind geht oder was es macht.</translation>
    </message>
    <message>
        <source>Stay calm and tell them it is not their fault; these settings are easy to miss.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist; diese Einstellungen übersieht man leicht.</translation>
    </message>
    <message>
        <source>Note what was shared, with whom and when, and screenshot the messages and usernames.</source>
        <translation>Notieren Sie, was mit wem und wann geteilt wurde, und machen Sie Screenshots von den Nachrichten und Benutzernamen.</translation>
    </message>
    <message>
        <source>Remove the post, turn off location sharing, set accounts to private, and block and report anyone who asked for details.</source>
        <translation>Entfernen Sie den Beitrag, schalten Sie die Standortfreigabe aus, stellen Sie die Konten auf privat und blockieren und melden Sie alle, die nach Details gefragt haben.</translation>
    </message>
    <message>
        <source>If a suspicious person now knows your address or school, tell the school and the police. If someone threatens to come to your home, call the emergency number.</source>
        <translation>Wenn eine verdächtige Person jetzt Ihre Adresse oder die Schule kennt, informieren Sie die Schule und die Polizei. Wenn jemand droht, zu Ihnen nach Hause zu kommen, wählen Sie die Notrufnummer.</translation>
    </message>
    <message>
        <source>Teenagers share a lot, and their friends expect them to. Live location lists, tagged places, and usernames or bios with a school or team name can let people build a picture of their daily routine. The aim is not to stop them sharing but to make sharing a choice, not a default.</source>
        <translation>Teenager teilen viel, und ihre Freunde erwarten das auch. Listen mit Live-Standort, markierte Orte sowie Benutzernamen oder Profilbeschreibungen mit dem Namen einer Schule oder eines Teams können es anderen ermöglichen, sich ein Bild vom Tagesablauf Ihres Kindes zu machen. Es geht nicht darum, das Teilen zu verbieten, sondern darum, dass Teilen eine bewusste Entscheidung ist und keine Voreinstellung.</translation>
    </message>
    <message>
        <source>Who can see your location right now? Would you be happy if everyone on that list knew where you were?</source>
        <translation>Wer kann gerade deinen Standort sehen? Wärst du einverstanden, wenn alle auf dieser Liste wüssten, wo du bist?</translation>
    </message>
    <message>
        <source>What does your bio or username say about you?</source>
        <translation>Was verraten deine Profilbeschreibung oder dein Benutzername über dich?</translation>
    </message>
    <message>
        <source>Have you ever looked at your profile as if you were a stranger?</source>
        <translation>Hast du dir dein Profil schon mal so angeschaut, als wärst du ein Fremder?</translation>
    </message>
    <message>
        <source>If anyone ever used something you posted to find you or scare you, tell me. We&apos;d handle it together.</source>
        <translation>Falls jemals jemand etwas, das du gepostet hast, benutzt, um dich zu finden oder dir Angst zu machen, sag es mir. Wir kümmern uns dann gemeinsam darum.</translation>
    </message>
    <message>
        <source>Live location shared with large friend lists or with people they don&apos;t know.</source>
        <translation>Der Live-Standort wird mit großen Freundeslisten oder mit Leuten geteilt, die Ihr Kind nicht kennt.</translation>
    </message>
    <message>
        <source>Posts that show their school, home or regular places in real time.</source>
        <translation>Beiträge, die in Echtzeit die Schule, das Zuhause oder regelmäßige Aufenthaltsorte Ihres Kindes zeigen.</translation>
    </message>
    <message>
        <source>Someone showing up, or messaging, who knows more than they should.</source>
        <translation>Jemand taucht auf oder schreibt Nachrichten und weiß mehr, als er wissen dürfte.</translation>
    </message>
    <message>
        <source>Stay calm and don&apos;t blame them; tell them it is not their fault that someone misused what they shared.</source>
        <translation>Bleiben Sie ruhig und machen Sie Ihrem Kind keine Vorwürfe; sagen Sie ihm, dass es nicht seine Schuld ist, wenn jemand missbraucht hat, was es geteilt hat.</translation>
    </message>
    <message>
        <source>Keep the evidence: screenshots of messages, usernames and profile links, with dates.</source>
        <translation>Sichern Sie Beweise: Screenshots von Nachrichten, Benutzernamen und Profillinks, mit Datum.</translation>
    </message>
    <message>
        <source>Remove the posts, turn off live location (most map features have a hidden mode), review privacy settings together, and block and report the person.</source>
        <translation>Entfernen Sie die Beiträge, schalten Sie den Live-Standort aus (die meisten Kartenfunktionen haben einen Unsichtbar-Modus), prüfen Sie gemeinsam die Privatsphäre-Einstellungen und blockieren und melden Sie die Person.</translation>
    </message>
    <message>
        <source>If someone threatens your child or knows where they are and seems intent on meeting, tell the police; call the emergency number if there is immediate danger.</source>
        <translation>Wenn jemand Ihr Kind bedroht oder weiß, wo es ist, und es offenbar unbedingt treffen will, informieren Sie die Polizei; bei unmittelbarer Gefahr wählen Sie die Notrufnummer.</translation>
    </message>
    <message>
        <source>Being moved to a private app</source>
        <translation>Wechsel in eine private App</translation>
    </message>
    <message>
        <source>Someone asking to chat somewhere more private, or with disappearing messages, is a reason to stop and tell.</source>
        <translation>Wenn jemand an einem privateren Ort chatten will oder mit selbstlöschenden Nachrichten, ist das ein Grund, innezuhalten und Bescheid zu sagen.</translation>
    </message>
    <message>
        <source>People who want to harm children often meet them in a game or a public place online, then ask to chat somewhere nobody else can see. Young children can learn one simple rule: if anyone asks you to talk somewhere else or in private, come and tell a grown-up first.</source>
        <translation>Menschen, die Kindern schaden wollen, lernen sie oft in einem Spiel oder an einem öffentlichen Ort im Internet kennen und bitten dann darum, irgendwo zu chatten, wo niemand sonst mitlesen kann. Kleine Kinder können eine einfache Regel lernen: Wenn dich jemand bittet, woanders oder heimlich mit ihm zu reden, sag zuerst einem Erwachsenen Bescheid.</translation>
    </message>
    <message>
        <source>If someone in a game asked you to chat in a different app, what would you do?</source>
        <translation>Wenn dich jemand in einem Spiel bittet, in einer anderen App mit ihm zu chatten – was würdest du machen?</translation>
    </message>
    <message>
        <source>Why do you think someone might want to talk to a child where grown-ups can&apos;t see?</source>
        <translation>Was meinst du, warum möchte jemand mit einem Kind da reden, wo Erwachsene es nicht sehen können?</translation>
    </message>
    <message>
        <source>You can always tell me if someone asks you to chat in secret. That&apos;s never a bad thing to tell.</source>
        <translation>Du kannst es mir immer sagen, wenn dich jemand bittet, heimlich mit ihm zu chatten. Das zu erzählen ist nie etwas Schlimmes.</translation>
    </message>
    <message>
        <source>A new app on their device that you didn&apos;t set up.</source>
        <translation>Eine neue App auf dem Gerät Ihres Kindes, die Sie nicht eingerichtet haben.</translation>
    </message>
    <message>
        <source>Mention of a game friend who wants to talk &apos;somewhere else&apos;.</source>
        <translation>Ihr Kind erwähnt einen Freund aus einem Spiel, der „woanders“ reden möchte.</translation>
    </message>
    <message>
        <source>Secrecy about who they talk to.</source>
        <translation>Ihr Kind macht ein Geheimnis daraus, mit wem es redet.</translation>
    </message>
    <message>
        <source>Stay calm, thank them, and tell them it is not their fault.</source>
        <translation>Bleiben Sie ruhig, danken Sie Ihrem Kind und sagen Sie ihm, dass es nicht seine Schuld ist.</translation>
    </message>
    <message>
        <source>Don&apos;t carry on the chat on the new app. Screenshot the request, the username and the messages, and note when it happened.</source>
        <translation>Führen Sie den Chat in der neuen App nicht weiter. Machen Sie Screenshots von der Anfrage, dem Benutzernamen und den Nachrichten und notieren Sie, wann es passiert ist.</translation>
    </message>
    <message>
        <source>Block and report the person in the original game or app and in the new one.</source>
        <translation>Blockieren und melden Sie die Person im ursprünglichen Spiel oder der ursprünglichen App und in der neuen.</translation>
    </message>
    <message>
        <source>If there was any talk about bodies, pictures or secrets, report it to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn über Körper, Bilder oder Geheimnisse gesprochen wurde, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes.</translation>
    </message>
    <message>
        <source>A common pattern is first contact in a game or a public app, then a push to move to a private or encrypted messenger where no one is watching. In a 2022 survey by Thorn, about two in three young people said someone they met online had asked them to do exactly that. It is a clear red flag children can learn to spot.</source>
        <translation>Ein häufiges Muster: Der erste Kontakt entsteht in einem Spiel oder einer öffentlichen App, dann wird gedrängt, in einen privaten oder verschlüsselten Messenger zu wechseln, wo niemand zusieht. In einer Umfrage von Thorn aus dem Jahr 2022 gaben etwa zwei von drei jungen Menschen an, dass jemand, den sie online kennengelernt hatten, sie genau darum gebeten hatte. Das ist ein klares Warnsignal, das Kinder erkennen lernen können.</translation>
    </message>
    <message>
        <source>Has anyone you met in a game ever asked you to add them on another app?</source>
        <translation>Hat dich schon mal jemand, den du in einem Spiel kennengelernt hast, gebeten, ihn in einer anderen App hinzuzufügen?</translation>
    </message>
    <message>
        <source>What would you say if an online friend wanted to chat with disappearing messages?</source>
        <translation>Was würdest du sagen, wenn ein Online-Freund mit selbstlöschenden Nachrichten chatten möchte?</translation>
    </message>
    <message>
        <source>Why might someone want to move a chat away from the game where you met?</source>
        <translation>Warum könnte jemand einen Chat aus dem Spiel, in dem ihr euch kennengelernt habt, woandershin verlegen wollen?</translation>
    </message>
    <message>
        <source>If someone asks you to switch apps, tell me before you do anything. You won&apos;t be in trouble.</source>
        <translation>Wenn dich jemand bittet, die App zu wechseln, sag es mir, bevor du irgendetwas machst. Du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>New messaging apps or accounts you didn&apos;t know about.</source>
        <translation>Neue Messenger-Apps oder Konten, von denen Sie nichts wussten.</translation>
    </message>
    <message>
        <source>A game friend who now chats with them somewhere else.</source>
        <translation>Ein Freund aus einem Spiel, der jetzt woanders mit Ihrem Kind chattet.</translation>
    </message>
    <message>
        <source>Disappearing messages turned on, or chats deleted.</source>
        <translation>Selbstlöschende Nachrichten sind eingeschaltet oder Chats wurden gelöscht.</translation>
    </message>
    <message>
        <source>Spending a lot of time messaging in private.</source>
        <translation>Ihr Kind verbringt viel Zeit damit, privat Nachrichten zu schreiben.</translation>
    </message>
    <message>
        <source>Stay calm and tell them it is not their fault; asking them to switch is a trick.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist; die Bitte, die App zu wechseln, ist ein Trick.</translation>
    </message>
    <message>
        <source>Stop chatting on the new app. Keep the evidence: screenshots of the request, the profile and the messages on both apps, but never any sexual picture.</source>
        <translation>Hören Sie auf, in der neuen App zu chatten. Sichern Sie Beweise: Screenshots von der Anfrage, dem Profil und den Nachrichten in beiden Apps, aber niemals von einem sexuellen Bild.</translation>
    </message>
    <message>
        <source>Report the person on the original platform, where moderation is usually stronger, and on the new app; block them on both.</source>
        <translation>Melden Sie die Person auf der ursprünglichen Plattform, wo die Moderation meist stärker ist, und in der neuen App; blockieren Sie sie in beiden.</translation>
    </message>
    <message>
        <source>If there was sexual content, secrecy or pressure, report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn es sexuelle Inhalte, Geheimhaltung oder Druck gab, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes.</translation>
    </message>
    <message>
        <source>Teenagers move between apps all the time, so moving a chat feels normal. The warning signs are someone they met recently pushing for a private or encrypted app, disappearing messages, or secrecy. Disappearing is not the same as gone: messages and images can still be recorded on another device.</source>
        <translation>Teenager wechseln ständig zwischen Apps, deshalb fühlt es sich normal an, einen Chat zu verlegen. Warnzeichen sind jemand, den Ihr Kind erst vor Kurzem kennengelernt hat und der auf eine private oder verschlüsselte App drängt, selbstlöschende Nachrichten oder Geheimhaltung. Selbstlöschend heißt nicht verschwunden: Nachrichten und Bilder können trotzdem auf einem anderen Gerät aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>When someone asks to move a chat to another app, how do you decide if it&apos;s OK?</source>
        <translation>Wenn jemand einen Chat in eine andere App verlegen will – wie entscheidest du, ob das okay ist?</translation>
    </message>
    <message>
        <source>Do you think disappearing messages really disappear?</source>
        <translation>Glaubst du, dass selbstlöschende Nachrichten wirklich verschwinden?</translation>
    </message>
    <message>
        <source>What would make you uneasy about someone wanting to chat privately?</source>
        <translation>Was würde dich stutzig machen, wenn jemand privat mit dir chatten will?</translation>
    </message>
    <message>
        <source>If a private chat ever went somewhere you didn&apos;t want, you can tell me. I&apos;ll help, not judge.</source>
        <translation>Falls ein privater Chat mal in eine Richtung gegangen ist, die du nicht wolltest, kannst du es mir sagen. Ich helfe dir und urteile nicht.</translation>
    </message>
    <message>
        <source>A contact from a game or public app now on their private messenger.</source>
        <translation>Ein Kontakt aus einem Spiel oder einer öffentlichen App ist jetzt im privaten Messenger Ihres Kindes.</translation>
    </message>
    <message>
        <source>Secrecy and distress linked to one app or one person.</source>
        <translation>Geheimniskrämerei und Kummer, die mit einer bestimmten App oder einer bestimmten Person zusammenhängen.</translation>
    </message>
    <message>
        <source>Deleting chats or apps suddenly.</source>
        <translation>Ihr Kind löscht plötzlich Chats oder Apps.</translation>
    </message>
    <message>
        <source>Stay calm and tell them it is not their fault, even if they agreed to move the chat.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist, auch wenn es zugestimmt hat, den Chat zu verlegen.</translation>
    </message>
    <message>
        <source>Stop contact and don&apos;t delete anything yet. Keep screenshots of the request, profiles, usernames and messages on both apps. Never keep or forward a sexual image of anyone under 18.</source>
        <translation>Brechen Sie den Kontakt ab und löschen Sie vorerst nichts. Sichern Sie Screenshots von der Anfrage, den Profilen, Benutzernamen und Nachrichten in beiden Apps. Bewahren Sie niemals ein sexuelles Bild von jemandem unter 18 auf und leiten Sie es niemals weiter.</translation>
    </message>
    <message>
        <source>Report on the original platform and the new one, then block the account on both.</source>
        <translation>Melden Sie das Konto auf der ursprünglichen Plattform und in der neuen App und blockieren Sie es dann in beiden.</translation>
    </message>
    <message>
        <source>If there was sexual content, a request for images, pressure or threats, report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn es sexuelle Inhalte, eine Bitte um Bilder, Druck oder Drohungen gab, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes.</translation>
    </message>
    <message>
        <source>Random chat and friend requests</source>
        <translation>Zufallschats und Freundschaftsanfragen</translation>
    </message>
    <message>
        <source>Apps that pair you with strangers, and requests from people you don&apos;t know: decline by default.</source>
        <translation>Apps, die einen mit Fremden zusammenbringen, und Anfragen von Leuten, die man nicht kennt: grundsätzlich ablehnen.</translation>
    </message>
    <message>
        <source>Young children should only play and chat with people they know offline. Some people send lots of friend requests hoping a few children will click &apos;accept&apos;. A family rule that you check requests together keeps it simple.</source>
        <translation>Kleine Kinder sollten nur mit Menschen spielen und chatten, die sie auch außerhalb des Internets kennen. Manche Leute verschicken massenhaft Freundschaftsanfragen in der Hoffnung, dass ein paar Kinder auf „Annehmen“ tippen. Eine Familienregel, Anfragen immer gemeinsam anzuschauen, macht es einfach.</translation>
    </message>
    <message>
        <source>If a game says someone wants to be your friend, what do we do? Let&apos;s always look at it together.</source>
        <translation>Wenn ein Spiel sagt, dass jemand dein Freund sein will – was machen wir dann? Lass uns das immer zusammen anschauen.</translation>
    </message>
    <message>
        <source>Do you know everyone on your friends list in real life?</source>
        <translation>Kennst du alle auf deiner Freundesliste auch im echten Leben?</translation>
    </message>
    <message>
        <source>Why do you think someone you don&apos;t know would want to be your friend in a game?</source>
        <translation>Was meinst du, warum will jemand, den du nicht kennst, in einem Spiel dein Freund sein?</translation>
    </message>
    <message>
        <source>New friends in a game or app you don&apos;t recognise.</source>
        <translation>Neue Freunde in einem Spiel oder einer App, die Sie nicht kennen.</translation>
    </message>
    <message>
        <source>Chat or voice messages from names they can&apos;t explain.</source>
        <translation>Chat- oder Sprachnachrichten von Namen, die Ihr Kind nicht erklären kann.</translation>
    </message>
    <message>
        <source>Upset or secretive after playing.</source>
        <translation>Ihr Kind wirkt nach dem Spielen aufgewühlt oder heimlichtuerisch.</translation>
    </message>
    <message>
        <source>Stay calm and tell them it is not their fault; accepting a request is an easy mistake.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist; eine Anfrage anzunehmen ist ein Fehler, der leicht passiert.</translation>
    </message>
    <message>
        <source>Note the username, the app and the time; screenshot the name and any messages.</source>
        <translation>Notieren Sie den Benutzernamen, die App und die Uhrzeit; machen Sie Screenshots vom Namen und von allen Nachrichten.</translation>
    </message>
    <message>
        <source>Remove the contact, block and report them in the app, and set friend requests to &apos;friends of friends&apos; or off.</source>
        <translation>Entfernen Sie den Kontakt, blockieren und melden Sie ihn in der App und stellen Sie Freundschaftsanfragen auf „Freunde von Freunden“ oder schalten Sie sie aus.</translation>
    </message>
    <message>
        <source>If there was sexual talk or requests for pictures, report it to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn es sexuelle Gespräche oder Bitten um Bilder gab, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes.</translation>
    </message>
    <message>
        <source>Random chat sites pair users with strangers, often by live video and with little or no age checking, so explicit content can appear in a second. Many children also accept friend requests from people they don&apos;t know. At this age, no random chat apps and only accepting people you know offline is a clear, reasonable rule.</source>
        <translation>Zufallschat-Seiten bringen Nutzer mit Fremden zusammen, oft per Live-Video und mit wenig oder gar keiner Altersprüfung, sodass innerhalb einer Sekunde explizite Inhalte auftauchen können. Viele Kinder nehmen außerdem Freundschaftsanfragen von Leuten an, die sie nicht kennen. In diesem Alter ist die Regel „keine Zufallschat-Apps, und nur Leute annehmen, die man auch außerhalb des Internets kennt“ klar und vernünftig.</translation>
    </message>
    <message>
        <source>Have you heard of apps where you chat to random people? What do you think could go wrong?</source>
        <translation>Hast du schon mal von Apps gehört, in denen man mit zufälligen Leuten chattet? Was meinst du, was da schiefgehen könnte?</translation>
    </message>
    <message>
        <source>When someone sends you a friend request, how do you decide whether to accept it?</source>
        <translation>Wenn dir jemand eine Freundschaftsanfrage schickt – wie entscheidest du, ob du sie annimmst?</translation>
    </message>
    <message>
        <source>If a stranger in a game kept trying to chat, what could you do?</source>
        <translation>Wenn ein Fremder in einem Spiel immer wieder versucht, mit dir zu chatten – was könntest du tun?</translation>
    </message>
    <message>
        <source>You won&apos;t get in trouble for telling me if you saw or heard something nasty from a stranger.</source>
        <translation>Du bekommst keinen Ärger, wenn du mir erzählst, dass du von einem Fremden etwas Ekliges gesehen oder gehört hast.</translation>
    </message>
    <message>
        <source>An app you don&apos;t recognise that connects them with new people.</source>
        <translation>Eine App, die Sie nicht kennen und die Ihr Kind mit neuen Leuten verbindet.</translation>
    </message>
    <message>
        <source>A growing number of friends or followers they don&apos;t know.</source>
        <translation>Immer mehr Freunde oder Follower, die Ihr Kind nicht kennt.</translation>
    </message>
    <message>
        <source>Quickly closing screens, or using headphones secretly.</source>
        <translation>Ihr Kind klickt schnell Fenster weg oder benutzt heimlich Kopfhörer.</translation>
    </message>
    <message>
        <source>Upset or shocked after using a chat app.</source>
        <translation>Ihr Kind ist nach der Nutzung einer Chat-App aufgewühlt oder geschockt.</translation>
    </message>
    <message>
        <source>Stay calm; thank them and tell them it is not their fault. Strangers on these apps are often the ones pushing.</source>
        <translation>Bleiben Sie ruhig; danken Sie Ihrem Kind und sagen Sie ihm, dass es nicht seine Schuld ist. Auf diesen Apps sind es oft die Fremden, die Druck machen.</translation>
    </message>
    <message>
        <source>Leave the chat and don&apos;t share any details. Save the username, app and time; screenshot messages but never any sexual picture.</source>
        <translation>Verlassen Sie den Chat und geben Sie keine Details preis. Halten Sie Benutzernamen, App und Uhrzeit fest; machen Sie Screenshots von den Nachrichten, aber niemals von einem sexuellen Bild.</translation>
    </message>
    <message>
        <source>Report and block the person, and remove the app or turn off requests from strangers.</source>
        <translation>Melden und blockieren Sie die Person und entfernen Sie die App oder schalten Sie Anfragen von Fremden aus.</translation>
    </message>
    <message>
        <source>If sexual content or requests were involved, report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn es sexuelle Inhalte oder Aufforderungen gab, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes.</translation>
    </message>
    <message>
        <source>Random video chat is very different from a group chat with friends: it is anonymous, often unmoderated, can be recorded, and many users are adults. Requests from &apos;friends of friends&apos; or accounts pretending to know your child are a common first step in sextortion. It usually works better to talk about the risks in general than to name apps, which can make them curious.</source>
        <translation>Zufälliger Videochat ist etwas ganz anderes als ein Gruppenchat mit Freunden: Er ist anonym, oft nicht moderiert, kann aufgezeichnet werden, und viele Nutzer sind Erwachsene. Anfragen von „Freunden von Freunden“ oder von Konten, die so tun, als würden sie Ihr Kind kennen, sind ein häufiger erster Schritt zu Sextortion (Erpressung mit Nacktbildern). Meist ist es sinnvoller, allgemein über die Risiken zu sprechen, als Apps beim Namen zu nennen – das kann Jugendliche erst neugierig darauf machen.</translation>
    </message>
    <message>
        <source>How is chatting to random people different from chatting in your group chats?</source>
        <translation>Was ist anders, wenn man mit zufälligen Leuten chattet, als wenn du in deinen Gruppenchats schreibst?</translation>
    </message>
    <message>
        <source>What do you do with friend requests from people you&apos;ve never met? Do mutual friends make it OK?</source>
        <translation>Was machst du mit Freundschaftsanfragen von Leuten, die du nie getroffen hast? Ist es okay, wenn ihr gemeinsame Freunde habt?</translation>
    </message>
    <message>
        <source>Have you seen anything weird happen to someone on a random chat app?</source>
        <translation>Hast du schon mal mitbekommen, dass jemandem in einer Zufallschat-App etwas Seltsames passiert ist?</translation>
    </message>
    <message>
        <source>If something on one of these apps ever went badly, I&apos;d want to help, not take your phone.</source>
        <translation>Falls in so einer App mal etwas schiefläuft, möchte ich dir helfen – nicht dir dein Handy wegnehmen.</translation>
    </message>
    <message>
        <source>Lots of new contacts or followers they don&apos;t know.</source>
        <translation>Viele neue Kontakte oder Follower, die Ihr Kind nicht kennt.</translation>
    </message>
    <message>
        <source>Late-night video chat behind closed doors.</source>
        <translation>Videochats spät in der Nacht hinter verschlossener Tür.</translation>
    </message>
    <message>
        <source>Anxiety or shame after being online.</source>
        <translation>Angst oder Scham, nachdem Ihr Kind online war.</translation>
    </message>
    <message>
        <source>Stay calm and listen. Tell them it is not their fault, even if they went onto the app against the rules.</source>
        <translation>Bleiben Sie ruhig und hören Sie zu. Sagen Sie Ihrem Kind, dass es nicht seine Schuld ist, auch wenn es die App entgegen den Regeln benutzt hat.</translation>
    </message>
    <message>
        <source>Stop the chat and don&apos;t share anything more. Keep usernames, profile links, messages and times. Never keep or forward any sexual image of someone under 18.</source>
        <translation>Beenden Sie den Chat und teilen Sie nichts weiter. Sichern Sie Benutzernamen, Profillinks, Nachrichten und Uhrzeiten. Bewahren Sie niemals ein sexuelles Bild von jemandem unter 18 auf und leiten Sie es niemals weiter.</translation>
    </message>
    <message>
        <source>Report and block the account on every app it used, and go through privacy and request settings together.</source>
        <translation>Melden und blockieren Sie das Konto in jeder App, die es benutzt hat, und gehen Sie gemeinsam die Einstellungen zu Privatsphäre und Anfragen durch.</translation>
    </message>
    <message>
        <source>If there was sexual content, a request for images, a threat or a planned meeting, report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn es sexuelle Inhalte, eine Bitte um Bilder, eine Drohung oder ein geplantes Treffen gab, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes.</translation>
    </message>
    <message>
        <source>Report online grooming, sexual contact or sextortion of a child. Children and adults can report; it is read by child protection advisors and is not anonymous. If a child is in danger now, call 999 (101 if it is not urgent).</source>
        <translation>Melden Sie Cybergrooming, sexuelle Kontaktaufnahme oder Sextortion gegenüber einem Kind. Kinder und Erwachsene können melden; die Meldung wird von Fachkräften für Kinderschutz gelesen und ist nicht anonym. Ist ein Kind gerade in Gefahr, rufen Sie die 999 an (die 101, wenn es nicht dringend ist).</translation>
    </message>
    <message>
        <source>Helps a young person under 18 get a nude or semi-nude image of themselves taken down.</source>
        <translation>Hilft jungen Menschen unter 18, ein Nackt- oder Halbnacktbild von sich selbst entfernen zu lassen.</translation>
    </message>
    <message>
        <source>Report sexual images or videos of children found online, anonymously, by their web address. Never copy or save them.</source>
        <translation>Melden Sie sexuelle Bilder oder Videos von Kindern, die Sie online gefunden haben, anonym über ihre Webadresse. Kopieren oder speichern Sie sie niemals.</translation>
    </message>
    <message>
        <source>Free, confidential support for children and young people, day and night: call 0800 1111.</source>
        <translation>Kostenlose, vertrauliche Unterstützung für Kinder und Jugendliche, Tag und Nacht: Telefon 0800 1111.</translation>
    </message>
    <message>
        <source>Advice for adults worried about a child: call 0808 800 5000 or email help@nspcc.org.uk.</source>
        <translation>Beratung für Erwachsene, die sich Sorgen um ein Kind machen: Telefon 0808 800 5000 oder E-Mail an help@nspcc.org.uk.</translation>
    </message>
    <message>
        <source>For harmful content a platform has not acted on after you reported it (users aged 13 and over).</source>
        <translation>Für schädliche Inhalte, gegen die eine Plattform nach Ihrer Meldung nichts unternommen hat (für Nutzer ab 13 Jahren).</translation>
    </message>
    <message>
        <source>Helps block sexual images taken before the age of 18 on participating platforms; the image is never uploaded. Works from the UK too.</source>
        <translation>Hilft, sexuelle Bilder, die vor dem 18. Geburtstag entstanden sind, auf teilnehmenden Plattformen zu blockieren; das Bild wird dabei nie hochgeladen. Funktioniert auch von Großbritannien aus.</translation>
    </message>
    <message>
        <source>Report online enticement, sextortion or sexual images of children; young people can report themselves, and reports can be anonymous. Phone 1-800-843-5678. If a child is in danger now, call 911.</source>
        <translation>Melden Sie die Online-Anbahnung sexueller Kontakte zu Kindern, Sextortion oder sexuelle Bilder von Kindern; junge Menschen können selbst melden, und Meldungen können anonym sein. Telefon 1-800-843-5678. Ist ein Kind gerade in Gefahr, rufen Sie die 911 an.</translation>
    </message>
    <message>
        <source>Report sextortion and other federal crimes against children, online or on 1-800-CALL-FBI (1-800-225-5324).</source>
        <translation>Melden Sie Sextortion und andere Straftaten gegen Kinder nach US-Bundesrecht, online oder unter 1-800-CALL-FBI (1-800-225-5324).</translation>
    </message>
    <message>
        <source>Helps block sexual images taken before the age of 18 on participating platforms; the image is never uploaded.</source>
        <translation>Hilft, sexuelle Bilder, die vor dem 18. Geburtstag entstanden sind, auf teilnehmenden Plattformen zu blockieren; das Bild wird dabei nie hochgeladen.</translation>
    </message>
    <message>
        <source>Help and next steps for young people being threatened. In a crisis, call or text 988, or text THORN to 741741.</source>
        <translation>Hilfe und nächste Schritte für junge Menschen, die bedroht werden. In einer Krise: Anruf oder SMS an 988, oder SMS mit THORN an 741741.</translation>
    </message>
    <message>
        <source>Report online grooming, sextortion of anyone under 18, or other child exploitation. If a child is in danger now, call 000.</source>
        <translation>Melden Sie Cybergrooming, Sextortion von Personen unter 18 oder andere Formen der Ausbeutung von Kindern. Ist ein Kind gerade in Gefahr, rufen Sie die 000 an.</translation>
    </message>
    <message>
        <source>Report image-based abuse, cyberbullying of a child or illegal content, and get help having intimate images removed.</source>
        <translation>Melden Sie bildbasierten Missbrauch, Cybermobbing gegen ein Kind oder illegale Inhalte, und erhalten Sie Hilfe, um intime Bilder entfernen zu lassen.</translation>
    </message>
    <message>
        <source>Report online sexual exploitation, luring or sextortion of a child, online or on 1-866-658-9022. If a child is in danger now, call 911.</source>
        <translation>Melden Sie sexuelle Ausbeutung, Kontaktanbahnung oder Sextortion eines Kindes im Internet, online oder unter 1-866-658-9022. Ist ein Kind gerade in Gefahr, rufen Sie die 911 an.</translation>
    </message>
    <message>
        <source>Step-by-step help for teens to get a sexual image of themselves removed.</source>
        <translation>Schritt-für-Schritt-Hilfe für Jugendliche, um ein sexuelles Bild von sich selbst entfernen zu lassen.</translation>
    </message>
    <message>
        <source>Support for young people, day and night: call 1-800-668-6868 or text CONNECT to 686868.</source>
        <translation>Unterstützung für junge Menschen, Tag und Nacht: Telefon 1-800-668-6868 oder SMS mit CONNECT an 686868.</translation>
    </message>
    <message>
        <source>Ireland&apos;s national centre for reporting child sexual abuse material and intimate image abuse online, anonymously; it works with the Gardaí. If a child is in danger now, call 999 or 112.</source>
        <translation>Irlands nationale Stelle für anonyme Meldungen von Darstellungen sexuellen Kindesmissbrauchs und von Missbrauch mit intimen Bildern im Internet; sie arbeitet mit der irischen Polizei (Gardaí) zusammen. Ist ein Kind gerade in Gefahr, rufen Sie die 999 oder 112 an.</translation>
    </message>
    <message>
        <source>Complain when an online platform has not acted on your report. Contact centre: +353 1 963 7755.</source>
        <translation>Beschweren Sie sich, wenn eine Online-Plattform auf Ihre Meldung hin nichts unternommen hat. Kontaktcenter: +353 1 963 7755.</translation>
    </message>
    <message>
        <source>Advice for parents when images or videos of their child are shared online.</source>
        <translation>Rat für Eltern, wenn Bilder oder Videos ihres Kindes online geteilt werden.</translation>
    </message>
    <message>
        <source>Report illegal online content, including child sexual abuse material; anonymous reports are possible. Do not screenshot or save such images yourself. If a child is in danger now, call the police on 110 (or 112).</source>
        <translation>Melden Sie illegale Inhalte im Internet, auch Darstellungen sexuellen Kindesmissbrauchs; anonyme Meldungen sind möglich. Machen Sie von solchen Bildern selbst keine Screenshots und speichern Sie sie nicht. Ist ein Kind gerade in Gefahr, rufen Sie die Polizei unter 110 an (oder die 112).</translation>
    </message>
    <message>
        <source>Report youth-protection violations online, including cybergrooming.</source>
        <translation>Melden Sie Verstöße gegen den Jugendschutz im Internet, auch Cybergrooming.</translation>
    </message>
    <message>
        <source>Free, anonymous, multilingual counselling about sexual abuse: call 0800 22 55 530.</source>
        <translation>Kostenlose, anonyme und mehrsprachige Beratung zu sexuellem Missbrauch: Telefon 0800 22 55 530.</translation>
    </message>
    <message>
        <source>Works in any country: helps block sexual images taken before the age of 18 on participating platforms; the image is never uploaded. If a child is in danger now, call your local emergency number.</source>
        <translation>Funktioniert in jedem Land: Hilft, sexuelle Bilder, die vor dem 18. Geburtstag entstanden sind, auf teilnehmenden Plattformen zu blockieren; das Bild wird dabei nie hochgeladen. Ist ein Kind gerade in Gefahr, rufen Sie Ihre örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>Accepts reports of child sexual abuse images found online from anywhere, by web address. Never copy or save them.</source>
        <translation>Nimmt aus aller Welt Meldungen über online gefundene Darstellungen sexuellen Kindesmissbrauchs entgegen, anhand der Webadresse. Kopieren oder speichern Sie sie niemals.</translation>
    </message>
    <message>
        <source>Find your country&apos;s own reporting hotline for child sexual abuse material.</source>
        <translation>Finden Sie die eigene Meldestelle Ihres Landes für Darstellungen sexuellen Kindesmissbrauchs.</translation>
    </message>
    <message>
        <source>Blackmail and sextortion</source>
        <translation>Erpressung und Sextortion</translation>
    </message>
    <message>
        <source>If anyone threatens to share pictures unless you pay or send more: don&apos;t pay, tell us, we will not be angry.</source>
        <translation>Wenn jemand droht, Bilder zu verbreiten, falls man nicht zahlt oder mehr schickt: nicht zahlen, uns Bescheid sagen – wir werden nicht böse sein.</translation>
    </message>
    <message>
        <source>No 5–8 guide: blackmail over images is not explained to young children. The 5–8 guides for &apos;Someone who is too nice&apos; (no bad secrets) and &apos;Never send intimate pictures&apos; (your body is private) lay the ground.</source>
        <translation>Kein Leitfaden für 5–8 Jahre: Erpressung mit Bildern wird kleinen Kindern nicht erklärt. Die Leitfäden für 5–8 Jahre zu „Jemand, der zu nett ist“ (keine schlechten Geheimnisse) und „Niemals intime Bilder verschicken“ (dein Körper ist privat) legen den Grundstein.</translation>
    </message>
    <message>
        <source>Blackmail over pictures now reaches children this age too. You don&apos;t need to explain the details yet; what matters is that your child knows, in advance, that if anyone ever threatens them online they can tell you and will not be in trouble or lose their device. That promise is what makes children speak up early.</source>
        <translation>Erpressung mit Bildern erreicht inzwischen auch Kinder in diesem Alter. Sie müssen die Einzelheiten noch nicht erklären; wichtig ist, dass Ihr Kind schon im Voraus weiß: Wenn ihm jemals jemand online droht, kann es Ihnen davon erzählen, ohne Ärger zu bekommen oder sein Gerät zu verlieren. Genau dieses Versprechen bringt Kinder dazu, sich früh anzuvertrauen.</translation>
    </message>
    <message>
        <source>If anyone online ever threatened you, or said they&apos;d tell on you or share something, what would you do?</source>
        <translation>Wenn dir jemals jemand im Internet droht oder sagt, dass er dich verpetzt oder etwas herumschickt – was würdest du dann tun?</translation>
    </message>
    <message>
        <source>Even if you&apos;d done something you were told not to, I&apos;d still want to know. You won&apos;t be in trouble.</source>
        <translation>Selbst wenn du etwas gemacht hast, was du eigentlich nicht durftest, würde ich es trotzdem wissen wollen. Du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>People who threaten children are the ones doing wrong, never the child. Do you know that?</source>
        <translation>Wer Kindern droht, macht etwas falsch – niemals das Kind. Weißt du das?</translation>
    </message>
    <message>
        <source>Sudden fear, panic or tears linked to messages or notifications.</source>
        <translation>Plötzliche Angst, Panik oder Tränen im Zusammenhang mit Nachrichten oder Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Asking for money or gift cards without a clear reason.</source>
        <translation>Ihr Kind bittet ohne klaren Grund um Geld oder Geschenkkarten.</translation>
    </message>
    <message>
        <source>Deleting apps or accounts suddenly, or hiding the device.</source>
        <translation>Ihr Kind löscht plötzlich Apps oder Konten oder versteckt sein Gerät.</translation>
    </message>
    <message>
        <source>Withdrawal, trouble sleeping, or not wanting to go online at all.</source>
        <translation>Rückzug, Schlafprobleme oder der Wunsch, gar nicht mehr online zu gehen.</translation>
    </message>
    <message>
        <source>Stay calm, hug them if they want, and say clearly: it is not your fault, you are not in trouble, and we will sort this out together.</source>
        <translation>Bleiben Sie ruhig, nehmen Sie Ihr Kind in den Arm, wenn es das möchte, und sagen Sie deutlich: Es ist nicht deine Schuld, du bekommst keinen Ärger, und wir kriegen das zusammen wieder hin.</translation>
    </message>
    <message>
        <source>Do not pay and do not send anything more; stop all contact without arguing.</source>
        <translation>Zahlen Sie nicht und schicken Sie nichts mehr; brechen Sie jeden Kontakt ab, ohne zu diskutieren.</translation>
    </message>
    <message>
        <source>Keep the evidence: screenshot the messages, usernames, profile links and any payment requests, and don&apos;t delete the chat or account yet. Never save, screenshot or forward the image itself.</source>
        <translation>Sichern Sie Beweise: Machen Sie Screenshots von den Nachrichten, Benutzernamen, Profillinks und allen Zahlungsforderungen und löschen Sie den Chat oder das Konto vorerst nicht. Das Bild selbst dürfen Sie niemals speichern, per Screenshot festhalten oder weiterleiten.</translation>
    </message>
    <message>
        <source>Report the account in the app, then block it on every app it used.</source>
        <translation>Melden Sie das Konto in der App und blockieren Sie es dann in jeder App, die es benutzt hat.</translation>
    </message>
    <message>
        <source>Report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard. Take It Down (anywhere) or Report Remove (UK) can help stop a picture spreading.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes. Take It Down (überall) oder Report Remove (UK) können helfen, die Verbreitung eines Bildes zu stoppen.</translation>
    </message>
    <message>
        <source>Keep a close, kind eye on them over the next days, and offer a children&apos;s helpline as well as you.</source>
        <translation>Achten Sie in den nächsten Tagen aufmerksam und liebevoll auf Ihr Kind und zeigen Sie ihm, dass es außer mit Ihnen auch mit einem Beratungstelefon für Kinder sprechen kann.</translation>
    </message>
    <message>
        <source>Sextortion means threatening to share sexual pictures, real or faked, unless someone pays or sends more. Criminal groups often target teenage boys using fake profiles of young women, and it can go from first message to threats within hours. Paying does not make it stop and often brings more demands. Young people who are told in advance that they can come to their parents, without anger, get help much sooner.</source>
        <translation>Sextortion (Erpressung mit Nacktbildern) bedeutet, damit zu drohen, sexuelle Bilder – echte oder gefälschte – zu verbreiten, wenn jemand nicht zahlt oder mehr schickt. Kriminelle Gruppen haben es oft auf Jungen im Teenageralter abgesehen und nutzen dafür gefälschte Profile junger Frauen; von der ersten Nachricht bis zu den Drohungen können nur wenige Stunden vergehen. Zahlen beendet die Erpressung nicht und führt oft zu weiteren Forderungen. Jugendliche, denen man vorher sagt, dass sie zu ihren Eltern kommen können, ohne dass diese wütend werden, bekommen viel früher Hilfe.</translation>
    </message>
    <message>
        <source>Have you heard about people being blackmailed with nudes, sometimes fake ones? What do you think you&apos;d do?</source>
        <translation>Hast du schon mal davon gehört, dass Leute mit Nacktbildern erpresst werden, manchmal sogar mit gefälschten? Was meinst du, was würdest du tun?</translation>
    </message>
    <message>
        <source>If someone ever threatened you like that, the one thing I&apos;d want is for you to tell me. I won&apos;t be angry, and you won&apos;t lose your phone.</source>
        <translation>Falls dir jemals jemand so droht, wünsche ich mir vor allem eins: dass du es mir erzählst. Ich werde nicht wütend sein, und du verlierst dein Handy nicht.</translation>
    </message>
    <message>
        <source>Why do you think paying a blackmailer doesn&apos;t make them go away?</source>
        <translation>Was meinst du, warum hört ein Erpresser nicht auf, wenn man ihn bezahlt?</translation>
    </message>
    <message>
        <source>If a friend told you this was happening to them, what could you say to help?</source>
        <translation>Wenn dir jemand aus deinem Freundeskreis erzählen würde, dass ihm das gerade passiert – was könntest du sagen, um zu helfen?</translation>
    </message>
    <message>
        <source>Sudden distress, panic or fear linked to their phone.</source>
        <translation>Plötzliche Verzweiflung, Panik oder Angst im Zusammenhang mit dem Handy.</translation>
    </message>
    <message>
        <source>Urgent requests for money, gift cards or access to a payment app.</source>
        <translation>Dringende Bitten um Geld, Geschenkkarten oder Zugang zu einer Bezahl-App.</translation>
    </message>
    <message>
        <source>Deleting accounts or apps, or being very secretive all of a sudden.</source>
        <translation>Ihr Kind löscht Konten oder Apps oder wird plötzlich sehr heimlichtuerisch.</translation>
    </message>
    <message>
        <source>Withdrawal, mood swings, trouble sleeping, or talk of feeling hopeless.</source>
        <translation>Rückzug, Stimmungsschwankungen, Schlafprobleme oder Äußerungen von Hoffnungslosigkeit.</translation>
    </message>
    <message>
        <source>Stay calm and tell them: it is not your fault, the blackmailer is the criminal, you are not in trouble, and we will get through this together.</source>
        <translation>Bleiben Sie ruhig und sagen Sie Ihrem Kind: Es ist nicht deine Schuld, der Erpresser ist der Kriminelle, du bekommst keinen Ärger, und wir stehen das gemeinsam durch.</translation>
    </message>
    <message>
        <source>Do not pay, and do not send anything more. If money was already paid, don&apos;t pay again. Stop all contact without arguing or pleading.</source>
        <translation>Zahlen Sie nicht und schicken Sie nichts mehr. Wenn schon Geld gezahlt wurde, zahlen Sie nicht noch einmal. Brechen Sie jeden Kontakt ab, ohne zu diskutieren oder zu betteln.</translation>
    </message>
    <message>
        <source>Keep the evidence: screenshot the messages, usernames, profile links and payment details (account, gift card or wallet). Don&apos;t delete the chat or account yet. Never save, screenshot or forward the image itself.</source>
        <translation>Sichern Sie Beweise: Machen Sie Screenshots von den Nachrichten, Benutzernamen, Profillinks und Zahlungsdaten (Konto, Geschenkkarte oder Wallet). Löschen Sie den Chat oder das Konto vorerst nicht. Das Bild selbst dürfen Sie niemals speichern, per Screenshot festhalten oder weiterleiten.</translation>
    </message>
    <message>
        <source>Report the account in the app, saying they are under 18, then block it on every app it used.</source>
        <translation>Melden Sie das Konto in der App mit dem Hinweis, dass Ihr Kind unter 18 ist, und blockieren Sie es dann in jeder App, die es benutzt hat.</translation>
    </message>
    <message>
        <source>Report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline and the FBI (US), or your country&apos;s channel in FamilyGuard. Take It Down (anywhere) or Report Remove (UK) can help block the image.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline und dem FBI (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes. Take It Down (überall) oder Report Remove (UK) können helfen, das Bild zu blockieren.</translation>
    </message>
    <message>
        <source>Change passwords and check privacy settings together. Be wary of anyone who later offers to delete the images for a fee; that is another scam.</source>
        <translation>Ändern Sie Passwörter und prüfen Sie gemeinsam die Privatsphäre-Einstellungen. Seien Sie misstrauisch, wenn später jemand anbietet, die Bilder gegen eine Gebühr zu löschen; das ist ein weiterer Betrug.</translation>
    </message>
    <message>
        <source>Watch closely over the following days. If they talk about hurting themselves or seem in crisis, call the emergency number or a crisis line straight away.</source>
        <translation>Achten Sie in den folgenden Tagen genau auf Ihr Kind. Wenn es davon spricht, sich selbst wehzutun, oder in einer akuten Krise zu sein scheint, rufen Sie sofort die Notrufnummer oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <source>People online are not always who they say</source>
        <translation>Online ist nicht jeder, wer er vorgibt zu sein</translation>
    </message>
    <message>
        <source>Anyone can pretend online, so we judge people by how they behave, not by what their profile says.</source>
        <translation>Im Internet kann sich jeder verstellen, deshalb beurteilen wir Menschen danach, wie sie sich verhalten, nicht danach, was in ihrem Profil steht.</translation>
    </message>
    <message>
        <source>Young children tend to believe what people tell them, and online they cannot see who is really there. A simple rule helps: only play and chat with people they know in real life. You are not trying to frighten them, just giving them a habit that keeps them safe.</source>
        <translation>Kleine Kinder glauben meist, was man ihnen erzählt, und online können sie nicht sehen, wer wirklich dahintersteckt. Eine einfache Regel hilft: nur mit Menschen spielen und chatten, die sie im echten Leben kennen. Es geht nicht darum, Ihrem Kind Angst zu machen, sondern darum, ihm eine Gewohnheit mitzugeben, die es schützt.</translation>
    </message>
    <message>
        <source>Who do you play with in your games? Can you show me?</source>
        <translation>Mit wem spielst du in deinen Spielen? Kannst du es mir zeigen?</translation>
    </message>
    <message>
        <source>In games, sometimes people we don&apos;t know try to chat. What do you think you could do if that happened?</source>
        <translation>In Spielen versuchen manchmal Leute, die wir nicht kennen, mit uns zu chatten. Was meinst du, was könntest du machen, wenn das passiert?</translation>
    </message>
    <message>
        <source>Online, we only talk to people we know in real life, like your cousins or friends from school. Why do you think that is a good idea?</source>
        <translation>Im Internet reden wir nur mit Leuten, die wir im echten Leben kennen, zum Beispiel mit deinen Cousins und Cousinen oder mit Freunden aus der Schule. Was meinst du, warum ist das eine gute Idee?</translation>
    </message>
    <message>
        <source>If anyone online ever makes you feel funny or worried, you can always tell me. You won&apos;t be in trouble.</source>
        <translation>Wenn dir jemand im Internet mal ein komisches Gefühl gibt oder du dir wegen jemandem Sorgen machst, kannst du es mir immer sagen. Du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>A new name in a game or app that you don&apos;t recognise.</source>
        <translation>Ein neuer Name in einem Spiel oder einer App, den Sie nicht kennen.</translation>
    </message>
    <message>
        <source>They mention a &apos;friend&apos; from a game you have never heard of.</source>
        <translation>Ihr Kind erwähnt einen „Freund“ aus einem Spiel, von dem Sie noch nie gehört haben.</translation>
    </message>
    <message>
        <source>They seem worried, quiet or upset after using a tablet or game.</source>
        <translation>Ihr Kind wirkt besorgt, still oder aufgewühlt, nachdem es ein Tablet oder ein Spiel benutzt hat.</translation>
    </message>
    <message>
        <source>Stay calm and thank them for telling you. Tell them it is not their fault and they did exactly the right thing.</source>
        <translation>Bleiben Sie ruhig und danken Sie Ihrem Kind, dass es Ihnen davon erzählt. Sagen Sie ihm, dass es nicht seine Schuld ist und dass es genau das Richtige getan hat.</translation>
    </message>
    <message>
        <source>Look at the chat together. Note the username, the app and roughly when it happened; a screenshot of the name and messages is fine.</source>
        <translation>Schauen Sie sich den Chat gemeinsam an. Notieren Sie den Benutzernamen, die App und ungefähr, wann es passiert ist; ein Screenshot vom Namen und von den Nachrichten ist in Ordnung.</translation>
    </message>
    <message>
        <source>Block the person and use the app&apos;s report button, then check the game&apos;s chat settings so only friends can talk to them.</source>
        <translation>Blockieren Sie die Person und nutzen Sie die Meldefunktion der App; prüfen Sie dann die Chat-Einstellungen des Spiels, sodass nur Freunde mit Ihrem Kind chatten können.</translation>
    </message>
    <message>
        <source>If the person talked about bodies, asked for pictures or wanted to meet, report it to the police or your national child-protection hotline: CEOP in the UK, the NCMEC CyberTipline in the US (FamilyGuard lists the channels for your country).</source>
        <translation>Wenn die Person über Körper gesprochen, nach Bildern gefragt oder ein Treffen gewollt hat, melden Sie es der Polizei oder Ihrer nationalen Kinderschutz-Meldestelle: CEOP in Großbritannien, der NCMEC CyberTipline in den USA (FamilyGuard zeigt die Meldestellen für Ihr Land).</translation>
    </message>
    <message>
        <source>At this age children start chatting in games and apps on their own. Some people create fake profiles and pretend to be a child their age; an excuse like &apos;my camera is broken&apos; is common. Teaching them to notice tricky behaviour works better than a blanket &apos;never talk to strangers&apos;.</source>
        <translation>In diesem Alter fangen Kinder an, in Spielen und Apps selbstständig zu chatten. Manche Menschen legen gefälschte Profile an und geben sich als Kind im Alter Ihres Kindes aus; eine Ausrede wie „meine Kamera ist kaputt“ ist typisch. Ihrem Kind beizubringen, auf verdächtiges Verhalten zu achten, wirkt besser als ein pauschales „Rede nie mit Fremden“.</translation>
    </message>
    <message>
        <source>How do you know that someone you talk to in a game is really a kid your age?</source>
        <translation>Woher weißt du, dass jemand, mit dem du in einem Spiel redest, wirklich ein Kind in deinem Alter ist?</translation>
    </message>
    <message>
        <source>What would make you think an online friend might not be who they say?</source>
        <translation>Woran würdest du merken, dass ein Online-Freund vielleicht nicht der ist, für den er sich ausgibt?</translation>
    </message>
    <message>
        <source>Has anyone online ever asked you lots of questions about yourself, like your school or where you live?</source>
        <translation>Hat dir schon mal jemand im Internet ganz viele Fragen über dich gestellt, zum Beispiel über deine Schule oder wo du wohnst?</translation>
    </message>
    <message>
        <source>If someone you don&apos;t know in real life wanted to meet you, what would you do? I&apos;d always want to come with you.</source>
        <translation>Wenn dich jemand treffen möchte, den du im echten Leben nicht kennst – was würdest du tun? Ich würde auf jeden Fall mitkommen wollen.</translation>
    </message>
    <message>
        <source>An online friend they have never met who seems to matter a lot to them.</source>
        <translation>Ein Online-Freund, den Ihr Kind nie getroffen hat, der ihm aber sehr viel zu bedeuten scheint.</translation>
    </message>
    <message>
        <source>Being secretive about who they are chatting to, or quickly switching screens.</source>
        <translation>Ihr Kind macht ein Geheimnis daraus, mit wem es chattet, oder wechselt schnell den Bildschirm.</translation>
    </message>
    <message>
        <source>Talk of a friend who never uses a camera or voice, or whose camera is &apos;always broken&apos;.</source>
        <translation>Ihr Kind erzählt von einem Freund, der nie Kamera oder Mikrofon benutzt oder dessen Kamera „immer kaputt“ ist.</translation>
    </message>
    <message>
        <source>Gifts, game currency or items they can&apos;t explain.</source>
        <translation>Geschenke, Spielwährung oder Gegenstände, die Ihr Kind nicht erklären kann.</translation>
    </message>
    <message>
        <source>Stay calm and thank them for telling you. Make it clear it is not their fault: people who pretend are good at it.</source>
        <translation>Bleiben Sie ruhig und danken Sie Ihrem Kind, dass es Ihnen davon erzählt. Machen Sie deutlich, dass es nicht seine Schuld ist: Menschen, die sich verstellen, sind gut darin.</translation>
    </message>
    <message>
        <source>Stop replying and don&apos;t send anything more. Keep the evidence: screenshot the profile, username and messages, and note the app and the date. Never save or forward any sexual picture, even as evidence.</source>
        <translation>Hören Sie auf zu antworten und schicken Sie nichts mehr. Sichern Sie Beweise: Machen Sie Screenshots vom Profil, vom Benutzernamen und von den Nachrichten und notieren Sie die App und das Datum. Speichern Sie niemals ein sexuelles Bild und leiten Sie es niemals weiter, auch nicht als Beweis.</translation>
    </message>
    <message>
        <source>If there was sexual talk, a request for pictures or a plan to meet, report it to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard.</source>
        <translation>Wenn es sexuelle Gespräche, eine Bitte um Bilder oder einen Plan für ein Treffen gab, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes.</translation>
    </message>
    <message>
        <source>If a meeting has been arranged or your child is in danger now, call the emergency number.</source>
        <translation>Wenn ein Treffen verabredet wurde oder Ihr Kind gerade in Gefahr ist, wählen Sie die Notrufnummer.</translation>
    </message>
    <message>
        <source>Teenagers make real friends online, so warnings about strangers can feel out of touch to them. The useful skill is spotting fake profiles: photos that may be someone else&apos;s, flirting or strong feelings very fast, refusing video calls, and sexual pictures &apos;of themselves&apos; followed by a request for the same back. Fake profiles of attractive young people are a common start of sextortion.</source>
        <translation>Teenager finden online echte Freunde, deshalb wirken Warnungen vor Fremden auf sie oft weltfremd. Nützlich ist vor allem die Fähigkeit, gefälschte Profile zu erkennen: Fotos, die womöglich jemand anderem gehören, Flirten oder starke Gefühle schon nach sehr kurzer Zeit, die Weigerung, per Video zu telefonieren, und sexuelle Bilder „von sich selbst“, auf die die Bitte folgt, dasselbe zurückzuschicken. Gefälschte Profile attraktiver junger Menschen sind ein häufiger Einstieg in Sextortion (Erpressung mit Nacktbildern).</translation>
    </message>
    <message>
        <source>Lots of people make good friends online. How do you tell a real one from a fake profile?</source>
        <translation>Viele Leute finden online gute Freunde. Wie erkennst du, ob jemand echt ist oder ein Fake-Profil?</translation>
    </message>
    <message>
        <source>Have you ever come across an account that seemed too good to be true?</source>
        <translation>Bist du schon mal auf ein Konto gestoßen, das zu schön schien, um wahr zu sein?</translation>
    </message>
    <message>
        <source>What would you do if someone you&apos;d only met online suddenly said they really liked you and wanted photos?</source>
        <translation>Was würdest du machen, wenn jemand, den du nur online kennst, plötzlich sagt, dass er dich richtig mag, und Fotos haben will?</translation>
    </message>
    <message>
        <source>If you ever want to meet someone from online, tell me first. I won&apos;t stop it without a good reason, and I&apos;ll help you do it safely.</source>
        <translation>Wenn du mal jemanden aus dem Internet treffen willst, sag es mir vorher. Ich verbiete es nicht ohne guten Grund, und ich helfe dir, dass es sicher abläuft.</translation>
    </message>
    <message>
        <source>A new online relationship that moved very quickly.</source>
        <translation>Eine neue Online-Beziehung, die sich sehr schnell entwickelt hat.</translation>
    </message>
    <message>
        <source>Hiding their screen, or being on their phone late at night and very secretive about it.</source>
        <translation>Ihr Kind verdeckt seinen Bildschirm oder ist spätabends am Handy und macht ein großes Geheimnis daraus.</translation>
    </message>
    <message>
        <source>Anxiety or sudden changes in mood after messages come in.</source>
        <translation>Angst oder plötzliche Stimmungswechsel, nachdem Nachrichten eingegangen sind.</translation>
    </message>
    <message>
        <source>Plans to meet someone known only online.</source>
        <translation>Pläne, jemanden zu treffen, den Ihr Kind nur aus dem Internet kennt.</translation>
    </message>
    <message>
        <source>Stay calm, listen, and tell them it is not their fault; these profiles are made to fool people.</source>
        <translation>Bleiben Sie ruhig, hören Sie zu und sagen Sie Ihrem Kind, dass es nicht seine Schuld ist; solche Profile sind dafür gemacht, Menschen zu täuschen.</translation>
    </message>
    <message>
        <source>Stop contact and don&apos;t send anything. Keep the evidence: screenshots of the profile, username, profile link and messages, with dates. Never keep, screenshot or forward a sexual image of anyone under 18, even to report it.</source>
        <translation>Brechen Sie den Kontakt ab und schicken Sie nichts. Sichern Sie Beweise: Screenshots vom Profil, vom Benutzernamen, vom Profillink und von den Nachrichten, mit Datum. Bewahren Sie niemals ein sexuelles Bild von jemandem unter 18 auf, machen Sie keinen Screenshot davon und leiten Sie es niemals weiter, auch nicht, um es zu melden.</translation>
    </message>
    <message>
        <source>Report the account on the platform, saying the user is under 18, then block it on every app where it contacted them.</source>
        <translation>Melden Sie das Konto auf der Plattform mit dem Hinweis, dass Ihr Kind unter 18 ist, und blockieren Sie es dann in jeder App, in der es Ihr Kind kontaktiert hat.</translation>
    </message>
    <message>
        <source>If there were sexual messages, requests for images, threats or a planned meeting, report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or the channel FamilyGuard shows for your country.</source>
        <translation>Wenn es sexuelle Nachrichten, Bitten um Bilder, Drohungen oder ein geplantes Treffen gab, melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der Meldestelle, die FamilyGuard für Ihr Land anzeigt.</translation>
    </message>
    <message>
        <source>Check in again over the next few days; being fooled can leave someone embarrassed and shaken.</source>
        <translation>Fragen Sie in den nächsten Tagen noch einmal nach; wer getäuscht wurde, kann sich danach beschämt und erschüttert fühlen.</translation>
    </message>
    <message>
        <source>Someone who is too nice</source>
        <translation>Jemand, der zu nett ist</translation>
    </message>
    <message>
        <source>Gifts, lots of compliments and &apos;keep this between us&apos; are ways people build trust to harm children.</source>
        <translation>Geschenke, viele Komplimente und „Das bleibt unter uns“ sind Mittel, mit denen Menschen Vertrauen aufbauen, um Kindern zu schaden.</translation>
    </message>
    <message>
        <source>People who want to harm children often start by being very kind and then asking for a secret. Young children can learn the difference between good secrets, like a birthday surprise, and bad secrets that make them feel sad, worried or scared. Knowing they can always tell you is the most protective thing they can have.</source>
        <translation>Menschen, die Kindern schaden wollen, fangen oft damit an, sehr freundlich zu sein, und bitten dann darum, ein Geheimnis zu bewahren. Kleine Kinder können den Unterschied lernen zwischen guten Geheimnissen wie einer Geburtstagsüberraschung und schlechten Geheimnissen, bei denen sie sich traurig, besorgt oder ängstlich fühlen. Der beste Schutz für Ihr Kind ist das Wissen, dass es Ihnen immer alles erzählen kann.</translation>
    </message>
    <message>
        <source>What is the difference between a surprise and a secret?</source>
        <translation>Was ist der Unterschied zwischen einer Überraschung und einem Geheimnis?</translation>
    </message>
    <message>
        <source>If a secret ever makes you feel worried or sad, you can tell me, even if someone said not to. Can you remember that?</source>
        <translation>Wenn du dir wegen eines Geheimnisses mal Sorgen machst oder traurig bist, kannst du es mir sagen, auch wenn jemand gesagt hat, dass du es nicht darfst. Kannst du dir das merken?</translation>
    </message>
    <message>
        <source>Would you tell me if someone in a game gave you a present? You wouldn&apos;t be in trouble.</source>
        <translation>Würdest du es mir sagen, wenn dir jemand in einem Spiel ein Geschenk macht? Du würdest keinen Ärger bekommen.</translation>
    </message>
    <message>
        <source>Who are the grown-ups you could talk to if something bothered you? It doesn&apos;t always have to be me.</source>
        <translation>Welche Erwachsenen könntest du ansprechen, wenn dich etwas bedrückt? Das muss nicht immer ich sein.</translation>
    </message>
    <message>
        <source>New toys, game items or coins that they can&apos;t explain.</source>
        <translation>Neues Spielzeug, neue Spielgegenstände oder Münzen, die Ihr Kind nicht erklären kann.</translation>
    </message>
    <message>
        <source>Saying they have a secret they are not allowed to tell.</source>
        <translation>Ihr Kind sagt, es habe ein Geheimnis, das es nicht verraten darf.</translation>
    </message>
    <message>
        <source>Becoming clingy, withdrawn or upset without an obvious reason.</source>
        <translation>Ihr Kind wird anhänglich, zieht sich zurück oder ist ohne erkennbaren Grund aufgewühlt.</translation>
    </message>
    <message>
        <source>Stay calm and warm. Thank them for telling you and say it is not their fault, and that telling was the right thing to do.</source>
        <translation>Bleiben Sie ruhig und liebevoll. Danken Sie Ihrem Kind, dass es Ihnen davon erzählt, und sagen Sie ihm, dass es nicht seine Schuld ist und dass es richtig war, es zu erzählen.</translation>
    </message>
    <message>
        <source>Don&apos;t contact the person yourself. Note the username, the app, what was said or given and when; screenshots of names and messages are fine.</source>
        <translation>Nehmen Sie nicht selbst Kontakt zu der Person auf. Notieren Sie den Benutzernamen, die App, was gesagt oder geschenkt wurde und wann; Screenshots von Namen und Nachrichten sind in Ordnung.</translation>
    </message>
    <message>
        <source>Block and report the person in the app.</source>
        <translation>Blockieren und melden Sie die Person in der App.</translation>
    </message>
    <message>
        <source>Report to the police or your national child-protection hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard. If the child is in danger now, call the emergency number.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Kinderschutz-Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes. Wenn das Kind gerade in Gefahr ist, wählen Sie die Notrufnummer.</translation>
    </message>
    <message>
        <source>If you are unsure what to do, a children&apos;s charity helpline for adults can talk it through with you.</source>
        <translation>Wenn Sie unsicher sind, was Sie tun sollen, kann das Beratungstelefon einer Kinderschutzorganisation für Erwachsene die Situation mit Ihnen durchsprechen.</translation>
    </message>
    <message>
        <source>Grooming means someone building a bond with a child so they can later abuse or use them. It usually starts with attention, flattery and gifts such as game currency, which can make a child feel they owe something back. It can move surprisingly fast, and children often don&apos;t realise it is happening.</source>
        <translation>Grooming bedeutet, dass jemand eine Bindung zu einem Kind aufbaut, um es später zu missbrauchen oder auszunutzen. Meist beginnt es mit Aufmerksamkeit, Schmeicheleien und Geschenken wie Spielwährung, die einem Kind das Gefühl geben können, etwas schuldig zu sein. Es kann überraschend schnell gehen, und Kinder merken oft nicht, dass es passiert.</translation>
    </message>
    <message>
        <source>If someone you&apos;d never met gave you game money or a skin, why do you think they might do that?</source>
        <translation>Wenn dir jemand, den du nie getroffen hast, Spielgeld oder einen Skin schenkt – was meinst du, warum macht er das vielleicht?</translation>
    </message>
    <message>
        <source>What would you think if an online friend said, &apos;Don&apos;t tell your parents about me&apos;?</source>
        <translation>Was würdest du denken, wenn ein Online-Freund sagt: „Erzähl deinen Eltern nichts von mir“?</translation>
    </message>
    <message>
        <source>Has anyone online ever made you feel like they&apos;re the only one who really understands you?</source>
        <translation>Hat dir schon mal jemand im Internet das Gefühl gegeben, dass er der Einzige ist, der dich wirklich versteht?</translation>
    </message>
    <message>
        <source>Whatever happens online, I&apos;d always rather know. You won&apos;t lose your tablet for telling me.</source>
        <translation>Egal, was im Internet passiert, ich will es immer lieber wissen. Du verlierst dein Tablet nicht, weil du es mir erzählst.</translation>
    </message>
    <message>
        <source>Gifts, money or game items from someone they don&apos;t know offline.</source>
        <translation>Geschenke, Geld oder Spielgegenstände von jemandem, den Ihr Kind außerhalb des Internets nicht kennt.</translation>
    </message>
    <message>
        <source>Being very secretive about an online friend, or using devices only in private.</source>
        <translation>Ihr Kind macht ein großes Geheimnis um einen Online-Freund oder benutzt Geräte nur noch, wenn es allein ist.</translation>
    </message>
    <message>
        <source>Seeming upset, withdrawn or jumpy after being online.</source>
        <translation>Ihr Kind wirkt aufgewühlt, zurückgezogen oder schreckhaft, nachdem es online war.</translation>
    </message>
    <message>
        <source>Using words or knowing about things that seem too old for their age.</source>
        <translation>Ihr Kind benutzt Wörter oder weiß über Dinge Bescheid, die nicht zu seinem Alter passen.</translation>
    </message>
    <message>
        <source>Stay calm and thank them. Tell them clearly that it is not their fault: adults who do this are skilled at tricking children.</source>
        <translation>Bleiben Sie ruhig und danken Sie Ihrem Kind. Sagen Sie ihm deutlich, dass es nicht seine Schuld ist: Erwachsene, die so etwas tun, sind geschickt darin, Kinder zu täuschen.</translation>
    </message>
    <message>
        <source>Don&apos;t confront or message the person yourself. Keep the evidence: screenshots of the chats and username, and a note of gifts or payments and dates.</source>
        <translation>Stellen Sie die Person nicht selbst zur Rede und schreiben Sie ihr nicht. Sichern Sie Beweise: Screenshots der Chats und des Benutzernamens sowie Notizen zu Geschenken oder Zahlungen mit Datum.</translation>
    </message>
    <message>
        <source>Report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard. If a meeting is planned or your child is at risk right now, call the emergency number.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes. Wenn ein Treffen geplant ist oder Ihr Kind gerade in Gefahr ist, wählen Sie die Notrufnummer.</translation>
    </message>
    <message>
        <source>For teenagers, grooming often looks like a romance or a special friendship: lots of attention, &apos;only I understand you&apos;, pressure to keep it private and to always reply. It may test boundaries slowly, with harmless photos first. Many of these signs can look like normal teenage life, so sudden unexplained changes are what to watch for.</source>
        <translation>Bei Teenagern sieht Grooming oft aus wie eine Romanze oder eine besondere Freundschaft: viel Aufmerksamkeit, „Nur ich verstehe dich“, Druck, alles geheim zu halten und immer zu antworten. Grenzen werden womöglich langsam ausgetestet, zuerst mit harmlosen Fotos. Viele dieser Anzeichen können wie ein ganz normales Teenagerleben aussehen, deshalb sollten Sie vor allem auf plötzliche, unerklärliche Veränderungen achten.</translation>
    </message>
    <message>
        <source>What would a healthy online friendship or relationship look like to you? And an unhealthy one?</source>
        <translation>Wie würde für dich eine gesunde Online-Freundschaft oder -Beziehung aussehen? Und eine ungesunde?</translation>
    </message>
    <message>
        <source>Have you seen someone online being way too keen, too quickly?</source>
        <translation>Hast du schon mal erlebt, dass sich jemand online viel zu schnell viel zu sehr ins Zeug gelegt hat?</translation>
    </message>
    <message>
        <source>If someone asked you to keep your chats a secret from your friends and family, what would you make of that?</source>
        <translation>Wenn dich jemand bitten würde, deine Chats vor deinen Freunden und deiner Familie geheim zu halten – was würdest du davon halten?</translation>
    </message>
    <message>
        <source>If you ever felt stuck with someone online, I&apos;d help you out of it, no lectures.</source>
        <translation>Falls du mal das Gefühl hast, online nicht mehr von jemandem loszukommen, helfe ich dir da raus – ohne Predigt.</translation>
    </message>
    <message>
        <source>An older boyfriend or girlfriend, especially one they met online.</source>
        <translation>Ein älterer fester Freund oder eine ältere feste Freundin, vor allem, wenn Ihr Kind die Person online kennengelernt hat.</translation>
    </message>
    <message>
        <source>Money, gifts, clothes or a phone they can&apos;t or won&apos;t explain.</source>
        <translation>Geld, Geschenke, Kleidung oder ein Handy, die Ihr Kind nicht erklären kann oder will.</translation>
    </message>
    <message>
        <source>Pulling away from friends and family, or being very secretive about one person.</source>
        <translation>Ihr Kind zieht sich von Freunden und Familie zurück oder macht ein großes Geheimnis um eine bestimmte Person.</translation>
    </message>
    <message>
        <source>Sudden changes in mood, sleep or time spent online.</source>
        <translation>Plötzliche Veränderungen bei Stimmung, Schlaf oder der Zeit, die Ihr Kind online verbringt.</translation>
    </message>
    <message>
        <source>Stay calm and listen without judging. Make sure they hear that it is not their fault, even if they went along with it.</source>
        <translation>Bleiben Sie ruhig und hören Sie zu, ohne zu urteilen. Sorgen Sie dafür, dass Ihr Kind hört, dass es nicht seine Schuld ist, auch wenn es mitgemacht hat.</translation>
    </message>
    <message>
        <source>Don&apos;t contact the person yourself. Keep the evidence: chats, usernames, profile links, and records of gifts or payments.</source>
        <translation>Nehmen Sie nicht selbst Kontakt zu der Person auf. Sichern Sie Beweise: Chats, Benutzernamen, Profillinks und Belege für Geschenke oder Zahlungen.</translation>
    </message>
    <message>
        <source>Report the account on the platform and block it everywhere it contacted them.</source>
        <translation>Melden Sie das Konto auf der Plattform und blockieren Sie es überall, wo es Ihr Kind kontaktiert hat.</translation>
    </message>
    <message>
        <source>Report to the police or your national hotline: CEOP (UK), the NCMEC CyberTipline (US), or your country&apos;s channel in FamilyGuard. If a meeting is planned or they are at risk now, call the emergency number.</source>
        <translation>Melden Sie es der Polizei oder Ihrer nationalen Meldestelle: CEOP (UK), der NCMEC CyberTipline (USA) oder der in FamilyGuard genannten Meldestelle Ihres Landes. Wenn ein Treffen geplant ist oder Ihr Kind gerade in Gefahr ist, wählen Sie die Notrufnummer.</translation>
    </message>
    <message>
        <source>Give them time. They may feel real loss or confusion about someone they trusted; a helpline can support them too.</source>
        <translation>Geben Sie Ihrem Kind Zeit. Vielleicht empfindet es echten Verlust oder ist verwirrt wegen eines Menschen, dem es vertraut hat; auch ein Beratungstelefon kann es unterstützen.</translation>
    </message>
    <message>
        <source>Seeing something upsetting</source>
        <translation>Etwas Verstörendes sehen</translation>
    </message>
    <message>
        <source>Close it, don&apos;t share it, come and tell: seeing something upsetting is never the child&apos;s fault.</source>
        <translation>Schließen, nicht teilen, Bescheid sagen: Wenn ein Kind etwas Verstörendes sieht, ist das nie seine Schuld.</translation>
    </message>
    <message>
        <source>Even with good controls, something upsetting will probably pop up one day. A simple, practised routine (turn the screen over or close the lid, walk away, tell a grown-up) means your child knows what to do and that they won&apos;t be in trouble.</source>
        <translation>Selbst mit guten Schutzeinstellungen wird wahrscheinlich eines Tages etwas Verstörendes auftauchen. Ein einfacher, eingeübter Ablauf (Bildschirm umdrehen oder Deckel zuklappen, weggehen, einem Erwachsenen Bescheid sagen) sorgt dafür, dass Ihr Kind weiß, was es tun soll, und dass es keinen Ärger bekommt.</translation>
    </message>
    <message>
        <source>If something on the tablet ever scares you, what could you do? Let&apos;s practise closing it and coming to find me.</source>
        <translation>Wenn dir auf dem Tablet mal etwas Angst macht, was könntest du dann tun? Lass uns mal üben, wie du es zumachst und zu mir kommst.</translation>
    </message>
    <message>
        <source>You&apos;ll never be in trouble for telling me about something you saw.</source>
        <translation>Du bekommst nie Ärger, wenn du mir von etwas erzählst, das du gesehen hast.</translation>
    </message>
    <message>
        <source>Sometimes we see things that make us feel yucky. Who could you tell?</source>
        <translation>Manchmal sehen wir Sachen, die sich ganz eklig anfühlen. Wem könntest du davon erzählen?</translation>
    </message>
    <message>
        <source>Suddenly avoiding the tablet or a favourite game.</source>
        <translation>Ihr Kind meidet plötzlich das Tablet oder ein Lieblingsspiel.</translation>
    </message>
    <message>
        <source>Nightmares, or new fears they can&apos;t explain.</source>
        <translation>Albträume oder neue Ängste, die Ihr Kind nicht erklären kann.</translation>
    </message>
    <message>
        <source>Asking questions about things they seem to have seen.</source>
        <translation>Fragen zu Dingen, die Ihr Kind offenbar gesehen hat.</translation>
    </message>
    <message>
        <source>Stay calm and thank them for telling you; make sure they know it is not their fault.</source>
        <translation>Bleiben Sie ruhig und danken Sie Ihrem Kind, dass es Ihnen davon erzählt; sorgen Sie dafür, dass es weiß, dass es nicht seine Schuld ist.</translation>
    </message>
    <message>
        <source>Don&apos;t go looking for it again. Note where it appeared and when; if it may show a child being harmed, don&apos;t screenshot or download it.</source>
        <translation>Suchen Sie nicht noch einmal danach. Notieren Sie, wo und wann es aufgetaucht ist; wenn es möglicherweise zeigt, wie einem Kind Schaden zugefügt wird, machen Sie keinen Screenshot und laden Sie es nicht herunter.</translation>
    </message>
    <message>
        <source>Report it in the app, block the source, and check your filters and settings.</source>
        <translation>Melden Sie es in der App, blockieren Sie die Quelle und prüfen Sie Ihre Filter und Einstellungen.</translation>
    </message>
    <message>
        <source>If it might show a child being sexually abused, report the web address to the IWF (UK), the NCMEC CyberTipline (US), or your country&apos;s hotline in FamilyGuard.</source>
        <translation>Wenn es möglicherweise sexuellen Missbrauch eines Kindes zeigt, melden Sie die Webadresse an die IWF (UK), die NCMEC CyberTipline (USA) oder die in FamilyGuard genannte Meldestelle Ihres Landes.</translation>
    </message>
    <message>
        <source>Talk it through gently, answer their questions simply, and check in again later.</source>
        <translation>Sprechen Sie behutsam darüber, beantworten Sie die Fragen Ihres Kindes in einfachen Worten und fragen Sie später noch einmal nach.</translation>
    </message>
    <message>
        <source>Children this age may be sent shocking things by others, or come across them in feeds. They need to know not to click further and not to share it on, and that scary &apos;do this or else&apos; chain messages are not real. Staying calm when they tell you makes them more likely to tell you next time.</source>
        <translation>Kindern in diesem Alter werden manchmal schockierende Dinge von anderen geschickt, oder sie stoßen in ihren Feeds darauf. Ihr Kind muss wissen, dass es nicht weiterklicken und nichts weiterverbreiten soll und dass beängstigende Kettenbriefe nach dem Motto „Mach das, sonst …“ nicht echt sind. Bleiben Sie ruhig, wenn Ihr Kind Ihnen davon erzählt; dann vertraut es sich Ihnen beim nächsten Mal eher wieder an.</translation>
    </message>
    <message>
        <source>Have you ever seen something online that you wished you hadn&apos;t?</source>
        <translation>Hast du im Internet schon mal etwas gesehen, das du lieber nicht gesehen hättest?</translation>
    </message>
    <message>
        <source>What would you do if someone sent you a video that upset you?</source>
        <translation>Was würdest du machen, wenn dir jemand ein Video schickt, das dich aufwühlt?</translation>
    </message>
    <message>
        <source>If a message says something bad will happen unless you do what it says, is it real? What would you do?</source>
        <translation>Wenn in einer Nachricht steht, dass etwas Schlimmes passiert, wenn du nicht tust, was da steht – ist das echt? Was würdest du machen?</translation>
    </message>
    <message>
        <source>Telling me won&apos;t get you in trouble or mean losing your device.</source>
        <translation>Wenn du es mir erzählst, bekommst du keinen Ärger und verlierst auch nicht dein Gerät.</translation>
    </message>
    <message>
        <source>Avoiding devices, or getting angry around them.</source>
        <translation>Ihr Kind meidet Geräte oder wird wütend, wenn es um sie geht.</translation>
    </message>
    <message>
        <source>Trouble sleeping, or seeming scared or withdrawn.</source>
        <translation>Schlafprobleme oder Ihr Kind wirkt verängstigt oder zurückgezogen.</translation>
    </message>
    <message>
        <source>Talk of &apos;challenges&apos; or chain messages that frighten them.</source>
        <translation>Ihr Kind erzählt von „Challenges“ oder Kettenbriefen, die ihm Angst machen.</translation>
    </message>
    <message>
        <source>Stay calm; thank them and tell them it is not their fault.</source>
        <translation>Bleiben Sie ruhig; danken Sie Ihrem Kind und sagen Sie ihm, dass es nicht seine Schuld ist.</translation>
    </message>
    <message>
        <source>Don&apos;t forward or share it. Note where it was and who sent it; never screenshot or save anything that may show a child being sexually abused.</source>
        <translation>Leiten Sie es nicht weiter und teilen Sie es nicht. Notieren Sie, wo es war und wer es geschickt hat; machen Sie niemals einen Screenshot von etwas und speichern Sie niemals etwas, das möglicherweise sexuellen Missbrauch eines Kindes zeigt.</translation>
    </message>
    <message>
        <source>Report it in the app and block the sender.</source>
        <translation>Melden Sie es in der App und blockieren Sie den Absender.</translation>
    </message>
    <message>
        <source>If it might be child sexual abuse material, report the web address to the IWF (UK), the NCMEC CyberTipline (US), or your country&apos;s hotline in FamilyGuard.</source>
        <translation>Wenn es sich möglicherweise um Darstellungen sexuellen Kindesmissbrauchs handelt, melden Sie die Webadresse an die IWF (UK), die NCMEC CyberTipline (USA) oder die in FamilyGuard genannte Meldestelle Ihres Landes.</translation>
    </message>
    <message>
        <source>Talk about it and give context, let them ask questions, and watch for signs that it is still bothering them.</source>
        <translation>Sprechen Sie darüber und ordnen Sie es ein, lassen Sie Ihr Kind Fragen stellen und achten Sie auf Anzeichen dafür, dass es Ihr Kind noch beschäftigt.</translation>
    </message>
    <message>
        <source>By their teens many young people have already seen pornography, violence or extremist content, often by accident and often on mainstream apps. Talking about it without shock helps them make sense of it and keeps them coming to you. They also need to know how to report it, and not to pass it on.</source>
        <translation>Bis sie Teenager sind, haben viele junge Menschen schon Pornografie, Gewalt oder extremistische Inhalte gesehen, oft zufällig und oft in gängigen Apps. Wenn Sie ohne Entsetzen darüber sprechen, hilft das Ihrem Kind, das Gesehene einzuordnen, und es kommt weiterhin zu Ihnen. Es muss auch wissen, wie man solche Inhalte meldet und dass man sie nicht weitergibt.</translation>
    </message>
    <message>
        <source>What kinds of things turn up in your feeds that you&apos;d rather not see?</source>
        <translation>Was taucht in deinen Feeds so auf, das du lieber nicht sehen würdest?</translation>
    </message>
    <message>
        <source>How do you think porn differs from real relationships?</source>
        <translation>Was meinst du, wie unterscheiden sich Pornos von echten Beziehungen?</translation>
    </message>
    <message>
        <source>What do you do when someone shares something violent or cruel in a group chat?</source>
        <translation>Was machst du, wenn jemand in einem Gruppenchat etwas Brutales oder Grausames teilt?</translation>
    </message>
    <message>
        <source>You can always talk to me about stuff you&apos;ve seen, however awkward.</source>
        <translation>Du kannst immer mit mir über Sachen reden, die du gesehen hast, egal wie peinlich es ist.</translation>
    </message>
    <message>
        <source>Changes in mood, sleep or behaviour after being online.</source>
        <translation>Veränderungen bei Stimmung, Schlaf oder Verhalten, nachdem Ihr Kind online war.</translation>
    </message>
    <message>
        <source>Sharing shocking content as a &apos;joke&apos;, or being upset by what others shared.</source>
        <translation>Ihr Kind teilt schockierende Inhalte als „Witz“ oder ist aufgewühlt von dem, was andere geteilt haben.</translation>
    </message>
    <message>
        <source>Withdrawing from friends or group chats.</source>
        <translation>Rückzug von Freunden oder aus Gruppenchats.</translation>
    </message>
    <message>
        <source>Stay calm and don&apos;t judge; tell them it is not their fault that they saw it.</source>
        <translation>Bleiben Sie ruhig und urteilen Sie nicht; sagen Sie Ihrem Kind, dass es nicht seine Schuld ist, dass es das gesehen hat.</translation>
    </message>
    <message>
        <source>Don&apos;t share it on. Note where it was; never screenshot, download or forward anything that may show a child being sexually abused.</source>
        <translation>Teilen Sie es nicht weiter. Notieren Sie, wo es war; machen Sie niemals einen Screenshot von etwas, laden Sie niemals etwas herunter und leiten Sie niemals etwas weiter, das möglicherweise sexuellen Missbrauch eines Kindes zeigt.</translation>
    </message>
    <message>
        <source>Report it on the platform and block the source.</source>
        <translation>Melden Sie es auf der Plattform und blockieren Sie die Quelle.</translation>
    </message>
    <message>
        <source>Talk it through and offer a helpline if it keeps bothering them.</source>
        <translation>Sprechen Sie es gemeinsam durch und bieten Sie ein Beratungstelefon an, wenn es Ihr Kind weiter belastet.</translation>
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
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}, {time}</source>
        <translation>{weekday}, {day}. {month}, {time}</translation>
    </message>
    <message>
        <source>{first}, {next}</source>
        <translation>{first}, {next}</translation>
    </message>
</context>
</TS>
