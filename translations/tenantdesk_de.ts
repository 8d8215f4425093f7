<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Type the start of a username or e-mail</source>
        <translation>Geben Sie den Anfang eines Benutzernamens oder einer E-Mail-Adresse ein</translation>
    </message>
    <message>
        <source>Chosen user</source>
        <translation>Ausgewählter Benutzer</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Why some roles are not offered</source>
        <translation>Warum einige Rollen nicht angeboten werden</translation>
    </message>
    <message>
        <source>Create a &amp;new person…</source>
        <translation>&amp;Neue Person anlegen …</translation>
    </message>
    <message>
        <source>Nobody has this username or e-mail: create them, then add them here</source>
        <translation>Niemand hat diesen Benutzernamen oder diese E-Mail-Adresse: Legen Sie die Person an und fügen Sie sie dann hier hinzu</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Only entries of this event type (empty: all)</source>
        <translation>Nur Einträge dieses Ereignistyps (leer: alle)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Actor (username)</source>
        <translation>Akteur (Benutzername)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target (tenant, workspace, user)</source>
        <translation>Ziel (Mandant, Arbeitsbereich, Benutzer)</translation>
    </message>
    <message>
        <source>Only entries about a tenant, workspace or user whose slug, name, e-mail or id contains this text</source>
        <translation>Nur Einträge zu einem Mandanten, Arbeitsbereich oder Benutzer, dessen Slug, Name, E-Mail-Adresse oder ID diesen Text enthält</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Prüfprotokolleinträge</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
    <message>
        <source>Only entries written by users whose name contains this text</source>
        <translation>Nur Einträge von Benutzern, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import Memberships</source>
        <translation>Mitgliedschaften importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose a CSV file: user, workspace slug (empty for tenant-wide), role</source>
        <translation>Wählen Sie eine CSV-Datei: Benutzer, Arbeitsbereich-Slug (leer für mandantenweit), Rolle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Rows of the file and their outcome</source>
        <translation>Zeilen der Datei und ihr Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>When some rows fail</source>
        <translation>Wenn Zeilen fehlschlagen</translation>
    </message>
    <message>
        <source>&amp;Import nothing (all or nothing)</source>
        <translation>&amp;Nichts importieren (alles oder nichts)</translation>
    </message>
    <message>
        <source>Import the good rows and &amp;skip the failing ones</source>
        <translation>Gültige Zeilen importieren und fehlerhafte &amp;überspringen</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Slug to confirm</source>
        <translation>Slug zur Bestätigung</translation>
    </message>
</context>
<context>
    <name>EffectiveAccessPanel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Tenant-wide grant</source>
        <translation>Mandantenweite Berechtigung</translation>
    </message>
    <message>
        <source>Effective role per workspace</source>
        <translation>Wirksame Rolle je Arbeitsbereich</translation>
    </message>
    <message>
        <source>Can this user do it here?</source>
        <translation>Darf dieser Benutzer das hier?</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Role involved</source>
        <translation>Betroffene Rolle</translation>
    </message>
    <message>
        <source>For role changes: the highest role granted, changed or revoked</source>
        <translation>Bei Rollenänderungen: die höchste vergebene, geänderte oder entzogene Rolle</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <source>Whe&amp;re:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>Ro&amp;le involved:</source>
        <translation>Betroffene Ro&amp;lle:</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Prü&amp;fen</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>z. B. admin</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e.g. admin@example.com</source>
        <translation>z. B. admin@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to TenantDesk</source>
        <translation>Willkommen bei TenantDesk</translation>
    </message>
    <message>
        <source>TenantDesk has no database yet. Create a new one, or open an existing aistack database.</source>
        <translation>TenantDesk hat noch keine Datenbank. Erstellen Sie eine neue oder öffnen Sie eine vorhandene aistack-Datenbank.</translation>
    </message>
    <message>
        <source>A new database would be created at:</source>
        <translation>Eine neue Datenbank würde hier erstellt:</translation>
    </message>
    <message>
        <source>Path of the new database</source>
        <translation>Pfad der neuen Datenbank</translation>
    </message>
    <message>
        <source>Nothing is created until you choose Create Database; Cancel leaves no file behind.</source>
        <translation>Nichts wird erstellt, bevor Sie „Datenbank erstellen“ wählen; „Abbrechen“ hinterlässt keine Datei.</translation>
    </message>
</context>
<context>
    <name>FootprintPanel</name>
    <message>
        <source>What the selection owns</source>
        <translation>Was die Auswahl besitzt</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit TenantDesk</source>
        <translation>TenantDesk beenden</translation>
    </message>
    <message>
        <source>&amp;Switch Tenant or Workspace…</source>
        <translation>Mandant oder Arbeitsbereich &amp;wechseln…</translation>
    </message>
    <message>
        <source>Find a tenant or workspace by name or slug and switch to it</source>
        <translation>Einen Mandanten oder Arbeitsbereich nach Name oder Slug suchen und dorthin wechseln</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the list on screen</source>
        <translation>Die angezeigte Liste durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload everything from the database</source>
        <translation>Alles neu aus der Datenbank laden</translation>
    </message>
    <message>
        <source>&amp;Migrations…</source>
        <translation>&amp;Migrationen…</translation>
    </message>
    <message>
        <source>&amp;About TenantDesk</source>
        <translation>&amp;Über TenantDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open TenantDesk&apos;s user guide</source>
        <translation>Das Benutzerhandbuch von TenantDesk öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of TenantDesk</source>
        <translation>Alle Tastenkürzel von TenantDesk</translation>
    </message>
</context>
<context>
    <name>MembershipsPage</name>
    <message>
        <source>Scope filter</source>
        <translation>Filter nach Geltungsbereich</translation>
    </message>
    <message>
        <source>Show every membership, only tenant-wide grants, or the grants of one workspace</source>
        <translation>Alle Mitgliedschaften anzeigen, nur mandantenweite Berechtigungen oder die Berechtigungen eines Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
</context>
<context>
    <name>MigrationFolderPage</name>
    <message>
        <source>Migrations folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Nothing changes until you confirm a plan on a later page. A backup is made before every run unless you switch it off.</source>
        <translation>Nichts ändert sich, bevor Sie auf einer späteren Seite einen Plan bestätigen. Vor jedem Lauf wird eine Sicherung erstellt, sofern Sie das nicht abschalten.</translation>
    </message>
    <message>
        <source>Choose the migration scripts to compare with the database: one folder, or several merged into one plan.</source>
        <translation>Wählen Sie die Migrationsskripte, die mit der Datenbank verglichen werden: einen Ordner oder mehrere, zu einem Plan zusammengeführt.</translation>
    </message>
    <message>
        <source>&amp;Bundled migrations only (tenants, workspaces, memberships, audit chain)</source>
        <translation>Nur die &amp;mitgelieferten Migrationen (Mandanten, Arbeitsbereiche, Mitgliedschaften, Prüfkette)</translation>
    </message>
    <message>
        <source>&amp;These folders, merged into one plan (for example aistack&apos;s own migrations/ and your retrofits)</source>
        <translation>&amp;Diese Ordner, zu einem Plan zusammengeführt (zum Beispiel migrations/ von aistack und Ihre Nachrüstungen)</translation>
    </message>
    <message>
        <source>Migrations folders</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Include the bundled migrations in the plan</source>
        <translation>Die mitgelieferten Migrationen in den Plan &amp;aufnehmen</translation>
    </message>
</context>
<context>
    <name>MigrationPlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Choose where to go; the exact steps and every statement that will run are listed below.</source>
        <translation>Wählen Sie das Ziel; die genauen Schritte und jede Anweisung, die ausgeführt wird, stehen unten.</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>&amp;Apply (up)</source>
        <translation>&amp;Anwenden (up)</translation>
    </message>
    <message>
        <source>Re&amp;vert (down)</source>
        <translation>&amp;Zurücknehmen (down)</translation>
    </message>
    <message>
        <source>&amp;Record as applied without running (baseline)</source>
        <translation>Als angewendet &amp;vermerken, ohne auszuführen (Baseline)</translation>
    </message>
    <message>
        <source>For an existing aistack database whose tables the server&apos;s own code created: the ledger records the migrations as applied, and nothing runs.</source>
        <translation>Für eine bestehende aistack-Datenbank, deren Tabellen der Code des Servers selbst angelegt hat: Das Migrationsverzeichnis vermerkt die Migrationen als angewendet, und nichts wird ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Zi&amp;el:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Schritte des Plans</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Statements that will run</source>
        <translation>Anweisungen, die ausgeführt werden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Dry run first: run the plan on a temporary copy and show the result before touching the database</source>
        <translation>Zuerst &amp;Probelauf: den Plan auf einer temporären Kopie ausführen und das Ergebnis zeigen, bevor die Datenbank berührt wird</translation>
    </message>
    <message>
        <source>&amp;Warn if an aistack server answers at:</source>
        <translation>&amp;Warnen, wenn unter dieser Adresse ein aistack-Server antwortet:</translation>
    </message>
    <message>
        <source>aistack health address</source>
        <translation>aistack-Health-Adresse</translation>
    </message>
    <message>
        <source>Before a real run TenantDesk asks this address (1.5 s at most). Leave it empty to skip the check.</source>
        <translation>Vor einem echten Lauf fragt TenantDesk diese Adresse ab (höchstens 1,5 s). Lassen Sie das Feld leer, um die Prüfung zu überspringen.</translation>
    </message>
    <message>
        <source>Destroys (counted on a copy)</source>
        <translation>Zerstört (auf einer Kopie gezählt)</translation>
    </message>
    <message>
        <source>What the plan destroys</source>
        <translation>Was der Plan zerstört</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Bestätigungswort</translation>
    </message>
    <message>
        <source>Back &amp;up the database first</source>
        <translation>Datenbank zuerst &amp;sichern</translation>
    </message>
    <message>
        <source>Where the SQL comes from</source>
        <translation>Woher das SQL stammt</translation>
    </message>
</context>
<context>
    <name>MigrationProvisionPage</name>
    <message>
        <source>Provision the default tenant</source>
        <translation>Standardmandanten einrichten</translation>
    </message>
    <message>
        <source>The tenancy tables are new and empty. aistack&apos;s single-to-multi step puts everyone into a default tenant and workspace.</source>
        <translation>Die Mandantentabellen sind neu und leer. aistacks Schritt von Einzel- zu Mehrmandantenbetrieb ordnet alle einem Standardmandanten und -arbeitsbereich zu.</translation>
    </message>
    <message>
        <source>Creates the tenant and its workspace if they do not exist yet and gives every user without a membership in it one. Running it again changes nothing. You can also skip this and provision later with “tenantctl provision”.</source>
        <translation>Legt den Mandanten und seinen Arbeitsbereich an, falls sie noch nicht existieren, und gibt jedem Benutzer ohne Mitgliedschaft darin eine. Ein erneuter Lauf ändert nichts. Sie können dies auch überspringen und später mit „tenantctl provision“ einrichten.</translation>
    </message>
    <message>
        <source>Tenant &amp;name:</source>
        <translation>&amp;Name des Mandanten:</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Name des Mandanten</translation>
    </message>
    <message>
        <source>Tenant &amp;slug:</source>
        <translation>&amp;Slug des Mandanten:</translation>
    </message>
    <message>
        <source>Tenant slug</source>
        <translation>Slug des Mandanten</translation>
    </message>
    <message>
        <source>&amp;Workspace name:</source>
        <translation>Name des &amp;Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>W&amp;orkspace slug:</source>
        <translation>Slug des A&amp;rbeitsbereichs:</translation>
    </message>
    <message>
        <source>Workspace slug</source>
        <translation>Slug des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>R&amp;ollen:</translation>
    </message>
    <message>
        <source>Roles to grant</source>
        <translation>Zu vergebende Rollen</translation>
    </message>
    <message>
        <source>&amp;Provision Now</source>
        <translation>&amp;Jetzt einrichten</translation>
    </message>
    <message>
        <source>Provisioning result</source>
        <translation>Ergebnis der Einrichtung</translation>
    </message>
</context>
<context>
    <name>MigrationResultPage</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What the run changed, how long it took, and the way back.</source>
        <translation>Was der Lauf geändert hat, wie lange er gedauert hat und der Weg zurück.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Rows changed</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <source>Time taken:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>&amp;Restore This Backup…</source>
        <translation>Diese Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Put the database back as it was before this run. What it holds now is saved as another backup first.</source>
        <translation>Die Datenbank auf den Stand vor diesem Lauf zurücksetzen. Der aktuelle Inhalt wird vorher als weitere Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>Restore result</source>
        <translation>Ergebnis der Wiederherstellung</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Destroyed (counted on a copy before the run)</source>
        <translation>Zerstört (vor dem Lauf auf einer Kopie gezählt)</translation>
    </message>
</context>
<context>
    <name>MigrationRunPage</name>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Each migration runs in its own transaction: a failed or cancelled one is rolled back completely.</source>
        <translation>Jede Migration läuft in einer eigenen Transaktion: Eine fehlgeschlagene oder abgebrochene wird vollständig zurückgerollt.</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Was gerade geschieht</translation>
    </message>
    <message>
        <source>aistack server warning</source>
        <translation>Warnung zum aistack-Server</translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Run &amp;Anyway</source>
        <translation>&amp;Trotzdem ausführen</translation>
    </message>
    <message>
        <source>Migrations:</source>
        <translation>Migrationen:</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Migrations done</source>
        <translation>Abgeschlossene Migrationen</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>Anweisungen:</translation>
    </message>
    <message>
        <source>Statements of the current migration</source>
        <translation>Anweisungen der aktuellen Migration</translation>
    </message>
    <message>
        <source>Current statement</source>
        <translation>Aktuelle Anweisung</translation>
    </message>
    <message>
        <source>Dry run results</source>
        <translation>Ergebnisse des Probelaufs</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rows changed</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>A&amp;pply to the Database</source>
        <translation>Auf die Datenbank &amp;anwenden</translation>
    </message>
    <message>
        <source>Cancel &amp;Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the run: the migration in progress is rolled back; those finished before it stay applied.</source>
        <translation>Den Lauf abbrechen: Die laufende Migration wird zurückgerollt; bereits abgeschlossene bleiben angewendet.</translation>
    </message>
    <message>
        <source>Destroys</source>
        <translation>Zerstört</translation>
    </message>
</context>
<context>
    <name>MigrationStatusPage</name>
    <message>
        <source>Status of every migration</source>
        <translation>Status aller Migrationen</translation>
    </message>
    <message>
        <source>What the database&apos;s ledger says about each script of the folder. Select one to read its SQL.</source>
        <translation>Was das Migrationsverzeichnis der Datenbank zu jedem Skript des Ordners sagt. Wählen Sie eines aus, um sein SQL zu lesen.</translation>
    </message>
    <message>
        <source>Modified migrations</source>
        <translation>Geänderte Migrationen</translation>
    </message>
    <message>
        <source>&amp;Accept New Checksums…</source>
        <translation>Neue Prüfsummen &amp;übernehmen…</translation>
    </message>
    <message>
        <source>Record the current text of the changed scripts as the applied one, without running anything (migrate repair).</source>
        <translation>Den aktuellen Text der geänderten Skripte als den angewendeten vermerken, ohne etwas auszuführen (migrate repair).</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reversible</source>
        <translation>Umkehrbar</translation>
    </message>
    <message>
        <source>Applied (UTC)</source>
        <translation>Angewendet (UTC)</translation>
    </message>
    <message>
        <source>SQL of the selected migration</source>
        <translation>SQL der ausgewählten Migration</translation>
    </message>
    <message>
        <source>&amp;UP</source>
        <translation>&amp;UP</translation>
    </message>
    <message>
        <source>UP section</source>
        <translation>UP-Abschnitt</translation>
    </message>
    <message>
        <source>&amp;DOWN</source>
        <translation>&amp;DOWN</translation>
    </message>
    <message>
        <source>DOWN section</source>
        <translation>DOWN-Abschnitt</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ignored files</source>
        <translation>Ignorierte Dateien</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Northwind Traders</source>
        <translation>z. B. Northwind Traders</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>&amp;Slug:</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; starts with a letter or digit; at most 63 characters. It cannot be changed later.</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; beginnt mit einem Buchstaben oder einer Ziffer; höchstens 63 Zeichen. Er kann später nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>e.g. northwind</source>
        <translation>z. B. northwind</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;Type a password</source>
        <translation>Passwort ein&amp;tippen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Generate a strong password (shown once)</source>
        <translation>Ein starkes Passwort &amp;erzeugen (wird einmal angezeigt)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>Angaben zur Person</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e.g. jdoe</source>
        <translation>z. B. jdoe</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e.g. jdoe@example.com</source>
        <translation>z. B. jdoe@example.com</translation>
    </message>
    <message>
        <source>Global &amp;role:</source>
        <translation>Globale &amp;Rolle:</translation>
    </message>
    <message>
        <source>Global role</source>
        <translation>Globale Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Type a password</source>
        <translation>Passwort ein&amp;tippen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Generate a strong password (shown once)</source>
        <translation>Ein starkes Passwort &amp;erzeugen (wird einmal angezeigt)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>These settings apply to TenantDesk on this computer, for every database.</source>
        <translation>Diese Einstellungen gelten für TenantDesk auf diesem Rechner, für jede Datenbank.</translation>
    </message>
    <message>
        <source>aistack server&apos;s &amp;health address:</source>
        <translation>&amp;Health-Adresse des aistack-Servers:</translation>
    </message>
    <message>
        <source>Before a migration runs, the wizard asks this address whether an aistack server is running. Leave it empty to skip the check.</source>
        <translation>Bevor eine Migration läuft, fragt der Assistent unter dieser Adresse, ob ein aistack-Server läuft. Lassen Sie das Feld leer, um die Prüfung zu überspringen.</translation>
    </message>
    <message>
        <source>Look for &amp;changes by others every:</source>
        <translation>Nach Ä&amp;nderungen anderer suchen alle:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How often the lists are refreshed when another program (aistack&apos;s server, tenantctl) changes the database.</source>
        <translation>Wie oft die Listen aktualisiert werden, wenn ein anderes Programm (der aistack-Server, tenantctl) die Datenbank ändert.</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Backups taken before a migration or a restore go into one folder per database inside this folder. Leave it empty for the default folder in your data folder. Backups hold password hashes: keep them private.</source>
        <translation>Sicherungen vor einer Migration oder Wiederherstellung landen in diesem Ordner, in einem Unterordner je Datenbank. Leer lassen für den Standardordner in Ihrem Datenordner. Sicherungen enthalten Passwort-Hashes: Halten Sie sie privat.</translation>
    </message>
    <message>
        <source>&amp;Keep the newest backups:</source>
        <translation>Neueste Sicherungen &amp;behalten:</translation>
    </message>
    <message>
        <source>Number of backups to keep per database</source>
        <translation>Anzahl der Sicherungen, die je Datenbank behalten werden</translation>
    </message>
    <message>
        <source>After each new backup, older backups of the same database beyond this number are removed.</source>
        <translation>Nach jeder neuen Sicherung werden ältere Sicherungen derselben Datenbank über diese Anzahl hinaus entfernt.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Switch to tenant or workspace</source>
        <translation>Zu Mandant oder Arbeitsbereich wechseln</translation>
    </message>
    <message>
        <source>Switch to… (name or slug; “acme/prod” narrows to a tenant)</source>
        <translation>Wechseln zu… (Name oder Slug; „acme/prod“ schränkt auf einen Mandanten ein)</translation>
    </message>
    <message>
        <source>Matching tenants and workspaces</source>
        <translation>Passende Mandanten und Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Quick switcher status</source>
        <translation>Status des Schnellwechslers</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Add setting</source>
        <translation>Einstellung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a key (Ctrl+N)</source>
        <translation>Einen Schlüssel hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected keys (Delete)</source>
        <translation>Die ausgewählten Schlüssel entfernen (Entf)</translation>
    </message>
    <message>
        <source>Show &amp;JSON</source>
        <translation>&amp;JSON anzeigen</translation>
    </message>
    <message>
        <source>JSON preview</source>
        <translation>JSON-Vorschau</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action of TenantDesk can be reached from the keyboard. Alt and an underlined letter open a menu or press a button; Tab moves to the next control, the arrow keys move inside a list or table.</source>
        <translation>Jede Aktion von TenantDesk ist über die Tastatur erreichbar. Alt und ein unterstrichener Buchstabe öffnen ein Menü oder drücken eine Schaltfläche; Tab springt zum nächsten Element, die Pfeiltasten bewegen sich innerhalb einer Liste oder Tabelle.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to TenantDesk</source>
        <translation>Bei TenantDesk anmelden</translation>
    </message>
    <message>
        <source>&amp;User name or e-mail:</source>
        <translation>&amp;Benutzername oder E-Mail:</translation>
    </message>
    <message>
        <source>User name or e-mail</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
</context>
<context>
    <name>SwitcherPanel</name>
    <message>
        <source>Filter tenants and workspaces</source>
        <translation>Mandanten und Arbeitsbereiche filtern</translation>
    </message>
    <message>
        <source>Tenants and workspaces</source>
        <translation>Mandanten und Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Switcher status</source>
        <translation>Status der Auswahl</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer. It is docs/user-guide.md in TenantDesk&apos;s sources.</source>
        <translation>Das Benutzerhandbuch ist auf diesem Rechner nicht installiert. Es ist docs/user-guide.md in den Quellen von TenantDesk.</translation>
    </message>
    <message>
        <source>No program here opens the user guide. It is at %1.</source>
        <translation>Kein Programm auf diesem Rechner öffnet das Benutzerhandbuch. Es liegt unter %1.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::AccessPolicy</name>
    <message>
        <source>seeing a tenant needs a role in it</source>
        <translation>zum Anzeigen eines Mandanten ist eine Rolle in ihm nötig</translation>
    </message>
    <message>
        <source>seeing a workspace needs a tenant-wide role in its tenant or a grant on that workspace</source>
        <translation>zum Anzeigen eines Arbeitsbereichs ist eine mandantenweite Rolle in seinem Mandanten oder eine Berechtigung für diesen Arbeitsbereich nötig</translation>
    </message>
    <message>
        <source>creating a tenant needs a global admin</source>
        <translation>zum Anlegen eines Mandanten ist ein globaler Administrator nötig</translation>
    </message>
    <message>
        <source>deleting a tenant needs a global admin</source>
        <translation>zum Löschen eines Mandanten ist ein globaler Administrator nötig</translation>
    </message>
    <message>
        <source>renaming a tenant or editing its settings needs a tenant_admin of the tenant</source>
        <translation>zum Umbenennen eines Mandanten oder zum Bearbeiten seiner Einstellungen ist ein tenant_admin des Mandanten nötig</translation>
    </message>
    <message>
        <source>creating, renaming or deleting a workspace needs a tenant_admin of its tenant</source>
        <translation>zum Anlegen, Umbenennen oder Löschen eines Arbeitsbereichs ist ein tenant_admin seines Mandanten nötig</translation>
    </message>
    <message>
        <source>editing a workspace&apos;s settings needs a tenant_admin of its tenant or a workspace_admin of the workspace</source>
        <translation>zum Bearbeiten der Einstellungen eines Arbeitsbereichs ist ein tenant_admin seines Mandanten oder ein workspace_admin des Arbeitsbereichs nötig</translation>
    </message>
    <message>
        <source>granting, changing or revoking a tenant-wide role needs a tenant_admin of the tenant</source>
        <translation>zum Vergeben, Ändern oder Entziehen einer mandantenweiten Rolle ist ein tenant_admin des Mandanten nötig</translation>
    </message>
    <message>
        <source>granting, changing or revoking a role on a workspace needs a tenant_admin of its tenant, or a workspace_admin of the workspace for roles up to workspace_admin</source>
        <translation>zum Vergeben, Ändern oder Entziehen einer Rolle in einem Arbeitsbereich ist ein tenant_admin seines Mandanten nötig, für Rollen bis workspace_admin auch ein workspace_admin des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>running migrations needs a global admin</source>
        <translation>zum Ausführen von Migrationen ist ein globaler Administrator nötig</translation>
    </message>
    <message>
        <source>provisioning needs a global admin</source>
        <translation>zum Einrichten (Provisioning) ist ein globaler Administrator nötig</translation>
    </message>
    <message>
        <source>verifying the audit chain needs a global admin</source>
        <translation>zum Prüfen der Prüfprotokollkette ist ein globaler Administrator nötig</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;</source>
        <translation>Mandant „%1“</translation>
    </message>
    <message>
        <source>workspace &quot;%1/%2&quot;</source>
        <translation>Arbeitsbereich „%1/%2“</translation>
    </message>
    <message>
        <source>%1 has no role in tenant &quot;%2&quot;</source>
        <translation>%1 hat keine Rolle im Mandanten „%2“</translation>
    </message>
    <message>
        <source>%1 holds %2 in tenant &quot;%3&quot;</source>
        <translation>%1 hat im Mandanten „%3“ die Rolle %2</translation>
    </message>
    <message>
        <source>%1 holds grants only on single workspaces of tenant &quot;%2&quot;</source>
        <translation>%1 hat nur Berechtigungen für einzelne Arbeitsbereiche des Mandanten „%2“</translation>
    </message>
    <message>
        <source>%1 holds grants only on other workspaces of tenant &quot;%2&quot;</source>
        <translation>%1 hat nur Berechtigungen für andere Arbeitsbereiche des Mandanten „%2“</translation>
    </message>
    <message>
        <source>%1 has no role in %2</source>
        <translation>%1 hat keine Rolle in %2</translation>
    </message>
    <message>
        <source>others</source>
        <translation>weitere</translation>
    </message>
    <message>
        <source>Who could</source>
        <translation>Wer es dürfte</translation>
    </message>
    <message>
        <source>Who could grant access</source>
        <translation>Wer den Zugriff gewähren könnte</translation>
    </message>
    <message>
        <source>a tenant_admin of tenant &quot;%1&quot;</source>
        <translation>ein tenant_admin des Mandanten „%1“</translation>
    </message>
    <message>
        <source>%1: %2 (it has none) or a global admin.</source>
        <translation>%1: %2 (es gibt keinen) oder ein globaler Administrator.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) or a global admin.</source>
        <translation>%1: %2 (%3) oder ein globaler Administrator.</translation>
    </message>
    <message>
        <source>a tenant_admin of tenant &quot;%1&quot; or a workspace_admin of %2</source>
        <translation>ein tenant_admin des Mandanten „%1“ oder ein workspace_admin von %2</translation>
    </message>
    <message>
        <source>Who could: %1, or a global admin.</source>
        <translation>Wer es dürfte: %1 oder ein globaler Administrator.</translation>
    </message>
    <message>
        <source>Who could: %1 (%2), or a global admin.</source>
        <translation>Wer es dürfte: %1 (%2) oder ein globaler Administrator.</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>Erlaubt: %1.</translation>
    </message>
    <message>
        <source>Allowed: %1; %2.</source>
        <translation>Erlaubt: %1; %2.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Refused: %1, and %2.</source>
        <translation>Abgelehnt: %1, und %2.</translation>
    </message>
    <message>
        <source>a database without users only allows creating the first admin and applying migrations</source>
        <translation>eine Datenbank ohne Benutzer erlaubt nur das Anlegen des ersten Administrators und das Anwenden von Migrationen</translation>
    </message>
    <message>
        <source>this session is not signed in as a user</source>
        <translation>diese Sitzung ist nicht als Benutzer angemeldet</translation>
    </message>
    <message>
        <source>Who could: a global admin, once the first one exists.</source>
        <translation>Wer es dürfte: ein globaler Administrator, sobald es den ersten gibt.</translation>
    </message>
    <message>
        <source>a global admin may do everything</source>
        <translation>ein globaler Administrator darf alles</translation>
    </message>
    <message>
        <source>%1 is a global admin</source>
        <translation>%1 ist globaler Administrator</translation>
    </message>
    <message>
        <source>%1 is not a global admin</source>
        <translation>%1 ist kein globaler Administrator</translation>
    </message>
    <message>
        <source>Who could: a global admin.</source>
        <translation>Wer es dürfte: ein globaler Administrator.</translation>
    </message>
    <message>
        <source>the workspace does not exist in that tenant</source>
        <translation>der Arbeitsbereich existiert in diesem Mandanten nicht</translation>
    </message>
    <message>
        <source>no tenant was named</source>
        <translation>es wurde kein Mandant angegeben</translation>
    </message>
    <message>
        <source>the tenant does not exist</source>
        <translation>der Mandant existiert nicht</translation>
    </message>
    <message>
        <source>creating, locking, resetting, renaming or removing people needs a global admin</source>
        <translation>zum Anlegen, Sperren, Zurücksetzen, Umbenennen oder Entfernen von Personen ist ein globaler Administrator nötig</translation>
    </message>
    <message>
        <source>viewing the audit entries of a tenant needs a tenant_admin of the tenant; all entries, a global admin</source>
        <translation>zum Ansehen der Prüfprotokolleinträge eines Mandanten ist ein tenant_admin des Mandanten nötig, für alle Einträge ein globaler Administrator</translation>
    </message>
    <message>
        <source>%1 is %2 of tenant &quot;%3&quot; and %4 on workspace &quot;%3/%5&quot;</source>
        <translation>%1 ist %2 des Mandanten „%3“ und %4 im Arbeitsbereich „%3/%5“</translation>
    </message>
    <message>
        <source>%1 is %2 of tenant &quot;%3&quot;</source>
        <translation>%1 ist %2 des Mandanten „%3“</translation>
    </message>
    <message>
        <source>%1 is %2 on workspace &quot;%3/%4&quot;</source>
        <translation>%1 ist %2 im Arbeitsbereich „%3/%4“</translation>
    </message>
    <message>
        <source>%1, but the role involved is %2</source>
        <translation>%1, aber die betroffene Rolle ist %2</translation>
    </message>
    <message>
        <source>exporting, importing or moving a tenant, or deleting it with its data rows, needs a global admin</source>
        <translation>zum Exportieren, Importieren oder Verschieben eines Mandanten oder zum Löschen samt seinen Datenzeilen ist ein globaler Administrator nötig</translation>
    </message>
</context>
<context>
    <name>tenantdesk::ActionGate</name>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>tenantdesk::ActiveContext</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>tenantdesk::AddMemberDialog</name>
    <message>
        <source>Give someone a role in &lt;b&gt;%1&lt;/b&gt;. A tenant-wide role applies to every workspace; a workspace role to that workspace only.</source>
        <translation>Geben Sie jemandem eine Rolle in &lt;b&gt;%1&lt;/b&gt;. Eine mandantenweite Rolle gilt für jeden Arbeitsbereich, eine Arbeitsbereichsrolle nur für diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Type the start of a username or e-mail and pick the user.</source>
        <translation>Geben Sie den Anfang eines Benutzernamens oder einer E-Mail-Adresse ein und wählen Sie den Benutzer.</translation>
    </message>
    <message>
        <source>&amp;Add Member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Passende Benutzer</translation>
    </message>
    <message>
        <source>Loading what you may grant…</source>
        <translation>Lade, was Sie vergeben dürfen…</translation>
    </message>
    <message>
        <source>Tenant-wide (every workspace)</source>
        <translation>Mandantenweit (jeder Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Workspace %1 (%2)</source>
        <translation>Arbeitsbereich %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not offered here: %1</source>
        <translation>Hier nicht angeboten: %1</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;: pick one from the list.</source>
        <translation>Es gibt keinen Benutzer „%1“: Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Nobody is called &quot;%1&quot;.</source>
        <translation>Niemand heißt „%1“.</translation>
    </message>
    <message>
        <source>%1 — %2 (new)</source>
        <translation>%1 — %2 (neu)</translation>
    </message>
</context>
<context>
    <name>tenantdesk::AppManPage</name>
    <message>
        <source>User Commands</source>
        <translation>Benutzerbefehle</translation>
    </message>
    <message>
        <source>administer the tenants, workspaces and memberships of an aistack database</source>
        <translation>Mandanten, Arbeitsbereiche und Mitgliedschaften einer aistack-Datenbank verwalten</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>TenantDesk opens an aistack SQLite database, signs in as one of its users and shows the tenants, workspaces, memberships and audit chain that user may see; every change is checked against the user&apos;s rights and recorded in the audit chain. Without --db or a file it opens the default database, creating it on first use. Ctrl+K opens the quick switcher, Ctrl+Q quits.</source>
        <translation>TenantDesk öffnet eine aistack-SQLite-Datenbank, meldet sich als einer ihrer Benutzer an und zeigt die Mandanten, Arbeitsbereiche, Mitgliedschaften und die Prüfkette, die dieser Benutzer sehen darf; jede Änderung wird gegen die Rechte des Benutzers geprüft und in der Prüfkette festgehalten. Ohne --db oder eine Datei öffnet es die Standarddatenbank und legt sie bei der ersten Verwendung an. Strg+K öffnet den Schnellwechsler, Strg+Q beendet das Programm.</translation>
    </message>
    <message>
        <source>tenantctl(1) does the same from a terminal, for scripts and CI.</source>
        <translation>tenantctl(1) leistet dasselbe im Terminal, für Skripte und CI.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Print the options and exit.</source>
        <translation>Die Optionen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>With --user: the password to sign in with, instead of the sign-in dialog.</source>
        <translation>Mit --user: das Passwort für die Anmeldung, statt des Anmeldedialogs.</translation>
    </message>
    <message>
        <source>The folder of the bundled migrations, instead of the installed one.</source>
        <translation>Der Ordner der mitgelieferten Migrationen, statt des installierten.</translation>
    </message>
    <message>
        <source>A key of at least 32 bytes: audit entries are then signed with HMAC-SHA256.</source>
        <translation>Ein Schlüssel von mindestens 32 Bytes: Einträge im Prüfprotokoll werden dann mit HMAC-SHA256 signiert.</translation>
    </message>
    <message>
        <source>Logging rules of Qt, e.g. &quot;tenantdesk.*.debug=true&quot;. TenantDesk logs only warnings unless --verbose or these rules turn more on; where both are given, these rules win.</source>
        <translation>Protokollierungsregeln von Qt, z. B. „tenantdesk.*.debug=true“. TenantDesk protokolliert nur Warnungen, sofern nicht --verbose oder diese Regeln mehr einschalten; sind beide angegeben, gelten diese Regeln.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The default database ($XDG_DATA_HOME instead of ~/.local/share where set).</source>
        <translation>Die Standarddatenbank ($XDG_DATA_HOME statt ~/.local/share, wenn gesetzt).</translation>
    </message>
    <message>
        <source>Settings: the tenant and workspace last used with each database and user ($XDG_CONFIG_HOME instead of ~/.config where set).</source>
        <translation>Einstellungen: der zuletzt verwendete Mandant und Arbeitsbereich je Datenbank und Benutzer ($XDG_CONFIG_HOME statt ~/.config, wenn gesetzt).</translation>
    </message>
    <message>
        <source>The bundled migrations.</source>
        <translation>Die mitgelieferten Migrationen.</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Siehe auch</translation>
    </message>
    <message>
        <source>tenantctl(1); the user guide in /usr/share/doc/tenantdesk/docs/user-guide.md.</source>
        <translation>tenantctl(1); das Benutzerhandbuch in /usr/share/doc/tenantdesk/docs/user-guide.md.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::AuditDetails::Strings</name>
    <message>
        <source>Verification failed at this entry: its content or its link to the entry before it was changed after it was written.</source>
        <translation>Die Prüfung ist bei diesem Eintrag fehlgeschlagen: Sein Inhalt oder seine Verknüpfung mit dem vorherigen Eintrag wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The payload is not valid JSON:</source>
        <translation>Die Nutzdaten sind kein gültiges JSON:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Vorheriger Hash</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
</context>
<context>
    <name>tenantdesk::AuditExport::Strings</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::AuditListModel</name>
    <message>
        <source>Verification found this entry broken: the chain cannot be trusted from here on.</source>
        <translation>Die Prüfung hat diesen Eintrag als beschädigt erkannt: Ab hier ist der Kette nicht mehr zu trauen.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>tenantdesk::AuditLog</name>
    <message>
        <source>prev_hash does not match the hash of the entry before it</source>
        <translation>prev_hash stimmt nicht mit dem Hash des vorherigen Eintrags überein</translation>
    </message>
    <message>
        <source>payload_json is not valid JSON</source>
        <translation>payload_json ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>payload_json is not in canonical form</source>
        <translation>payload_json ist nicht in kanonischer Form</translation>
    </message>
    <message>
        <source>hash does not match the entry&apos;s content</source>
        <translation>hash stimmt nicht mit dem Inhalt des Eintrags überein</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>die Signatur lässt sich nicht bestätigen</translation>
    </message>
    <message>
        <source>The database has no audit chain.</source>
        <translation>Die Datenbank hat keine Prüfprotokollkette.</translation>
    </message>
    <message>
        <source>Entry %1: %2.</source>
        <translation>Eintrag %1: %2.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the entry is not signed, but an earlier one is: its signature was removed, or it was written without the key</source>
        <translation>der Eintrag ist nicht signiert, ein früherer aber schon: Seine Signatur wurde entfernt, oder er wurde ohne den Schlüssel geschrieben</translation>
    </message>
    <message>
        <source>unknown signature algorithm &quot;%1&quot;</source>
        <translation>unbekanntes Signaturverfahren „%1“</translation>
    </message>
    <message>
        <source>signature_alg is set, but the signature is missing</source>
        <translation>signature_alg ist gesetzt, aber die Signatur fehlt</translation>
    </message>
    <message>
        <source>AISTACK_AUDIT_KEY is shorter than 32 bytes, so it is not used.</source>
        <translation>AISTACK_AUDIT_KEY ist kürzer als 32 Bytes und wird daher nicht verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>the chain is empty, but %n entry(s) were written to it: it was emptied</source>
        <translation>
            <numerusform>die Kette ist leer, aber %n Eintrag wurde in sie geschrieben: Sie wurde geleert</numerusform>
            <numerusform>die Kette ist leer, aber %n Einträge wurden in sie geschrieben: Sie wurde geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>entries %1 to %2 were removed from the end of the chain (the table&apos;s sequence is at %2)</source>
        <translation>die Einträge %1 bis %2 wurden vom Ende der Kette entfernt (die Sequenz der Tabelle steht bei %2)</translation>
    </message>
    <message>
        <source>%1 Signatures were not checked.</source>
        <translation>%1 Signaturen wurden nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) are signed, but AISTACK_AUDIT_KEY is not set: their signatures were not checked.</source>
        <translation>
            <numerusform>%n Eintrag ist signiert, aber AISTACK_AUDIT_KEY ist nicht gesetzt: Seine Signatur wurde nicht geprüft.</numerusform>
            <numerusform>%n Einträge sind signiert, aber AISTACK_AUDIT_KEY ist nicht gesetzt: Ihre Signaturen wurden nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>AISTACK_AUDIT_KEY is set, but no entry is signed: nothing shows that the chain was written with the key.</source>
        <translation>AISTACK_AUDIT_KEY ist gesetzt, aber kein Eintrag ist signiert: Nichts zeigt, dass die Kette mit dem Schlüssel geschrieben wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n more break(s) follow.</source>
        <translation>
            <numerusform>%n weiterer Bruch folgt.</numerusform>
            <numerusform>%n weitere Brüche folgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::AuditPage</name>
    <message>
        <source>Audit actions</source>
        <translation>Aktionen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Wählen Sie einen Eintrag, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Check every entry&apos;s hash and link to the one before it</source>
        <translation>Den Hash jedes Eintrags und seine Verknüpfung mit dem vorherigen prüfen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the entries the filter shows to a CSV or JSON lines file</source>
        <translation>Die Einträge, die der Filter zeigt, in eine CSV- oder JSON-Lines-Datei schreiben</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No audit entries match this filter.</source>
        <translation>Keine Einträge des Prüfprotokolls passen zu diesem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation>Prüfprotokollkette wird geprüft</translation>
    </message>
    <message>
        <source>Checked %1 entries…</source>
        <translation>%1 Einträge geprüft…</translation>
    </message>
    <message>
        <source>The chain was not verified: %1</source>
        <translation>Die Kette wurde nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entry(s) checked, none changed after it was written.</source>
        <translation>
            <numerusform>Die Prüfprotokollkette ist intakt: %n Eintrag geprüft, keiner wurde nach dem Schreiben verändert.</numerusform>
            <numerusform>Die Prüfprotokollkette ist intakt: %n Einträge geprüft, keiner wurde nach dem Schreiben verändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The audit chain is broken at entry %1.&lt;/b&gt; %2 The %n entry(s) before it verified.</source>
        <translation>
            <numerusform>&lt;b&gt;Die Prüfprotokollkette ist bei Eintrag %1 unterbrochen.&lt;/b&gt; %2 Der %n Eintrag davor wurde bestätigt.</numerusform>
            <numerusform>&lt;b&gt;Die Prüfprotokollkette ist bei Eintrag %1 unterbrochen.&lt;/b&gt; %2 Die %n Einträge davor wurden bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is not in the list as filtered or loaded now.</source>
        <translation>Er ist in der Liste, wie sie jetzt gefiltert oder geladen ist, nicht enthalten.</translation>
    </message>
    <message>
        <source>Export Audit Entries</source>
        <translation>Einträge des Prüfprotokolls exportieren</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>pruefprotokoll.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON lines (*.jsonl)</source>
        <translation>CSV-Dateien (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting audit entries</source>
        <translation>Einträge des Prüfprotokolls werden exportiert</translation>
    </message>
    <message>
        <source>Wrote %1 entries…</source>
        <translation>%1 Einträge geschrieben…</translation>
    </message>
    <message>
        <source>Could not export the audit entries</source>
        <translation>Die Einträge des Prüfprotokolls konnten nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag des Prüfprotokolls nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge des Prüfprotokolls nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Th&amp;is tenant</source>
        <translation>&amp;Dieser Mandant</translation>
    </message>
    <message>
        <source>Only the entries of the active tenant</source>
        <translation>Nur die Einträge des aktiven Mandanten</translation>
    </message>
    <message>
        <source>Only the entries of %1</source>
        <translation>Nur die Einträge von %1</translation>
    </message>
    <message>
        <source>Verif&amp;y Chain</source>
        <translation>Kette &amp;überprüfen</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entry(s); counting the older ones…</source>
        <translation>
            <numerusform>Der neueste Eintrag; die älteren werden gezählt …</numerusform>
            <numerusform>Die neuesten %n Einträge; die älteren werden gezählt …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::Authenticator</name>
    <message>
        <source>Sign-in failed: unknown user or wrong password.</source>
        <translation>Anmeldung fehlgeschlagen: unbekannter Benutzer oder falsches Passwort.</translation>
    </message>
    <message>
        <source>This database has users: sign in as one of them.</source>
        <translation>Diese Datenbank hat Benutzer: Melden Sie sich als einer von ihnen an.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins with this name: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen mit diesem Namen: Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen mit diesem Namen: Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is locked: a global admin can unlock it.</source>
        <translation>Das Konto ist gesperrt: Ein globaler Administrator kann es entsperren.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::Csv::Strings</name>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::CsvImportDialog</name>
    <message>
        <source>Add and change memberships of &lt;b&gt;%1&lt;/b&gt; from a CSV file with the columns &lt;i&gt;user&lt;/i&gt; (username or e-mail), &lt;i&gt;workspace&lt;/i&gt; (a workspace slug, empty for tenant-wide) and &lt;i&gt;role&lt;/i&gt;. Nothing is revoked. You see what each row would do before anything changes.</source>
        <translation>Mitgliedschaften von &lt;b&gt;%1&lt;/b&gt; aus einer CSV-Datei hinzufügen und ändern, mit den Spalten &lt;i&gt;user&lt;/i&gt; (Benutzername oder E-Mail), &lt;i&gt;workspace&lt;/i&gt; (Slug eines Arbeitsbereichs, leer für mandantenweit) und &lt;i&gt;role&lt;/i&gt;. Nichts wird entzogen. Sie sehen, was jede Zeile bewirken würde, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a file to see what it would do.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was sie bewirken würde.</translation>
    </message>
    <message>
        <source>Import Memberships</source>
        <translation>Mitgliedschaften importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>%1 hinzuzufügen</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 to change</source>
        <translation>%1 zu ändern</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>die Datei hat keine Zeilen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Preview: %1. Nothing has changed yet.</source>
        <translation>Vorschau: %1. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>With “Import nothing”, the failing rows stop the whole import.</source>
        <translation>Mit „Nichts importieren“ stoppen die fehlerhaften Zeilen den ganzen Import.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>The import failed and changed nothing: %1</source>
        <translation>Der Import ist fehlgeschlagen und hat nichts geändert: %1</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Imported memberships: %1.</source>
        <translation>Importierte Mitgliedschaften: %1.</translation>
    </message>
    <message>
        <source>Nothing needed to change: %1.</source>
        <translation>Nichts musste geändert werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) failed, and all or nothing was chosen. Each row says why.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile ist fehlgeschlagen, und „alles oder nichts“ war gewählt. Jede Zeile nennt den Grund.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen sind fehlgeschlagen, und „alles oder nichts“ war gewählt. Jede Zeile nennt den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
</context>
<context>
    <name>tenantdesk::CurrentActor</name>
    <message>
        <source>The account &quot;%1&quot; no longer exists in this database: your session has ended.</source>
        <translation>Das Konto „%1“ existiert in dieser Datenbank nicht mehr: Ihre Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was deleted from this database: your session has ended.</source>
        <translation>Das Konto „%1“ wurde aus dieser Datenbank gelöscht: Ihre Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was locked by a global admin: your session has ended.</source>
        <translation>Das Konto „%1“ wurde von einem globalen Administrator gesperrt: Ihre Sitzung ist beendet.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::DataLossText</name>
    <message numerus="yes">
        <source>%n row(s) of %1 (table dropped)</source>
        <translation>
            <numerusform>%n Zeile von %1 (Tabelle gelöscht)</numerusform>
            <numerusform>%n Zeilen von %1 (Tabelle gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1.%2 (column dropped)</source>
        <translation>
            <numerusform>%n Wert von %1.%2 (Spalte gelöscht)</numerusform>
            <numerusform>%n Werte von %1.%2 (Spalte gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 (deleted)</source>
        <translation>
            <numerusform>%n Zeile von %1 (gelöscht)</numerusform>
            <numerusform>%n Zeilen von %1 (gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 (removed by ON DELETE CASCADE from %2)</source>
        <translation>
            <numerusform>%n Zeile von %1 (durch ON DELETE CASCADE mit %2 entfernt)</numerusform>
            <numerusform>%n Zeilen von %1 (durch ON DELETE CASCADE mit %2 entfernt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is read-only; TenantDesk needs write access to it.</source>
        <translation>%1 ist schreibgeschützt; TenantDesk braucht Schreibzugriff darauf.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; SQLite needs to create its journal files there.</source>
        <translation>Der Ordner von %1 ist schreibgeschützt; SQLite muss dort seine Journaldateien anlegen.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver did not expose its connection handle.</source>
        <translation>Der Qt-SQLite-Treiber hat sein Verbindungs-Handle nicht herausgegeben.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another process; try again in a moment.</source>
        <translation>Die Datenbank %1 ist von einem anderen Prozess gesperrt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>The database %1 is locked by another process (held by %2); try again in a moment.</source>
        <translation>Die Datenbank %1 ist von einem anderen Prozess gesperrt (gehalten von %2); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (SQLite: &quot;database disk image is malformed&quot;); restore it from a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt (SQLite: „database disk image is malformed“); stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <source>Cannot read or write %1: %2</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tenantdesk::DatabaseBackup</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot find a free backup name in %1.</source>
        <translation>In %1 ist kein freier Name für die Sicherung zu finden.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no backup named %1 in %2.</source>
        <translation>In %2 gibt es keine Sicherung namens %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>Die Sicherung %1 ist beschädigt (%2); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Another process is writing to %1; stop it (for example the aistack server) and restore again. Nothing was restored.</source>
        <translation>Ein anderer Prozess schreibt in %1; beenden Sie ihn (zum Beispiel den aistack-Server) und stellen Sie erneut wieder her. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3</source>
        <translation>Die Wiederherstellung von %1 nach %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation>Die alte Sicherung %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot record the restore of %1 in its audit chain, so nothing was restored: %2</source>
        <translation>Die Wiederherstellung von %1 kann nicht in seiner Prüfkette festgehalten werden, daher wurde nichts wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>Choose a backup folder.</source>
        <translation>Wählen Sie einen Sicherungsordner.</translation>
    </message>
    <message>
        <source>Cannot write into the backup folder %1: %2</source>
        <translation>In den Sicherungsordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tenantdesk::DatabaseCopy</name>
    <message>
        <source>Cannot create a temporary folder for the copy: %1</source>
        <translation>Für die Kopie kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>tenantdesk::DeleteDialog</name>
    <message>
        <source>the tenant &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>den Mandanten &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>the workspace &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>den Arbeitsbereich &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>&amp;Delete tenant</source>
        <translation>Mandant &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Delete workspace</source>
        <translation>Arbeitsbereich &amp;löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;People who worked there lose access at once. The deletion is recorded in the audit log and cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wer dort gearbeitet hat, verliert sofort den Zugriff. Das Löschen wird im Prüfprotokoll vermerkt und kann nicht rückgängig gemacht werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This permanently deletes %1 together with %2 and %3.&lt;/p&gt;%4</source>
        <translation>&lt;p&gt;Dies löscht %1 endgültig, zusammen mit %2 und %3.&lt;/p&gt;%4</translation>
    </message>
    <message>
        <source>&lt;p&gt;This permanently deletes %1 together with %2.&lt;/p&gt;%3</source>
        <translation>&lt;p&gt;Dies löscht %1 endgültig, zusammen mit %2.&lt;/p&gt;%3</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n Mitgliedschaft</numerusform>
            <numerusform>%n Mitgliedschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tenant %1</source>
        <translation>Mandant %1 löschen</translation>
    </message>
    <message>
        <source>Delete Workspace %1</source>
        <translation>Arbeitsbereich %1 löschen</translation>
    </message>
    <message>
        <source>It owns: %1.</source>
        <translation>Er besitzt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Also delete the %n data row(s) it owns (they cannot be restored)</source>
        <translation>
            <numerusform>Auch die %n Datenzeile löschen, die er besitzt (sie kann nicht wiederhergestellt werden)</numerusform>
            <numerusform>Auch die %n Datenzeilen löschen, die er besitzt (sie können nicht wiederhergestellt werden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::DemoData</name>
    <message>
        <source>Could not hash a sample password (libxcrypt refused).</source>
        <translation>Ein Beispielpasswort konnte nicht gehasht werden (libxcrypt hat abgelehnt).</translation>
    </message>
    <message>
        <source>The demo needs the tenancy tables; apply the bundled migrations first.</source>
        <translation>Die Demo braucht die Mandantentabellen; wenden Sie zuerst die mitgelieferten Migrationen an.</translation>
    </message>
    <message>
        <source>This database already has users; demo data only goes into a new database.</source>
        <translation>Diese Datenbank hat bereits Benutzer; Demodaten kommen nur in eine neue Datenbank.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tenantdesk::EffectiveAccess</name>
    <message>
        <source>Name the tenant to check access in.</source>
        <translation>Geben Sie den Mandanten an, in dem der Zugriff geprüft werden soll.</translation>
    </message>
    <message>
        <source>tenant_admin is a tenant-wide role: it cannot be granted on a workspace.</source>
        <translation>tenant_admin ist eine mandantenweite Rolle: Sie kann nicht für einen Arbeitsbereich vergeben werden.</translation>
    </message>
    <message>
        <source>Refused: nobody grants or changes a role above their own, and %1 holds %2 here.</source>
        <translation>Abgelehnt: Niemand vergibt oder ändert eine Rolle über seiner eigenen, und %1 hat hier %2.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so may do nothing; memberships left behind never count.</source>
        <translation>%1 existiert nicht mehr und darf daher nichts; zurückgebliebene Mitgliedschaften zählen nie.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::EffectiveAccessDock</name>
    <message>
        <source>Effective Access</source>
        <translation>Wirksamer Zugriff</translation>
    </message>
    <message>
        <source>Effective access</source>
        <translation>Wirksamer Zugriff</translation>
    </message>
    <message>
        <source>Select a membership to see that user&apos;s access.</source>
        <translation>Wählen Sie eine Mitgliedschaft, um den Zugriff dieses Benutzers zu sehen.</translation>
    </message>
    <message>
        <source>No tenant-wide grant in %1: access comes from workspace grants only.</source>
        <translation>Keine mandantenweite Berechtigung in %1: Der Zugriff kommt nur aus Berechtigungen für Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Tenant-wide grant in %1: &lt;b&gt;%2&lt;/b&gt;, which applies to every workspace.</source>
        <translation>Mandantenweite Berechtigung in %1: &lt;b&gt;%2&lt;/b&gt;, gilt für jeden Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <source>%1 %2&lt;br&gt;&lt;small&gt;&lt;i&gt;Rule:&lt;/i&gt; %3&lt;/small&gt;</source>
        <translation>%1 %2&lt;br&gt;&lt;small&gt;&lt;i&gt;Regel:&lt;/i&gt; %3&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>tenantdesk::ErrorPresenter::Strings</name>
    <message>
        <source>The database is busy: another program (for example the aistack server) is writing to it. Nothing was changed. Retry in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm (zum Beispiel der aistack-Server) schreibt in sie. Es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>tenantdesk::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Sign Out / S&amp;witch User</source>
        <translation>Abmelden / Benutzer &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Close this database and open another one</source>
        <translation>Diese Datenbank schließen und eine andere öffnen</translation>
    </message>
    <message>
        <source>Settings of TenantDesk on this computer</source>
        <translation>Einstellungen von TenantDesk auf diesem Rechner</translation>
    </message>
    <message>
        <source>The demo database ends when you sign out; quit instead.</source>
        <translation>Die Demo-Datenbank endet mit dem Abmelden; beenden Sie stattdessen das Programm.</translation>
    </message>
    <message>
        <source>Sign out of %1 and sign in again, as the same or another user</source>
        <translation>Von %1 abmelden und erneut anmelden, als derselbe oder ein anderer Benutzer</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>tenantdesk::FirstAdmin</name>
    <message>
        <source>Could not hash the password (libxcrypt refused).</source>
        <translation>Das Passwort konnte nicht gehasht werden (libxcrypt hat abgelehnt).</translation>
    </message>
    <message>
        <source>This database already has an administrator; sign in as them to manage users.</source>
        <translation>Diese Datenbank hat bereits einen Administrator; melden Sie sich als dieser an, um Benutzer zu verwalten.</translation>
    </message>
    <message>
        <source>A user with that name or e-mail already exists.</source>
        <translation>Ein Benutzer mit diesem Namen oder dieser E-Mail-Adresse existiert bereits.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::FirstAdminDialog</name>
    <message>
        <source>&lt;b&gt;Welcome to TenantDesk&lt;/b&gt;&lt;br&gt;%1 has no users yet. Create the first administrator: they can manage every tenant and apply migrations. aistack uses the same account.</source>
        <translation>&lt;b&gt;Willkommen bei TenantDesk&lt;/b&gt;&lt;br&gt;%1 hat noch keine Benutzer. Legen Sie den ersten Administrator an: Er kann jeden Mandanten verwalten und Migrationen anwenden. aistack verwendet dasselbe Konto.</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::FirstStartDialog</name>
    <message>
        <source>&amp;Create Database</source>
        <translation>Datenbank &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Open an Existing Database…</source>
        <translation>Vorhandene Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an Existing Database</source>
        <translation>Vorhandene Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>tenantdesk::FootprintPanel</name>
    <message>
        <source>Counting what the selection owns…</source>
        <translation>Zähle, was die Auswahl besitzt …</translation>
    </message>
    <message>
        <source>Owns: %1.</source>
        <translation>Besitzt: %1.</translation>
    </message>
    <message>
        <source>Could not count what the selection owns: %1</source>
        <translation>Konnte nicht zählen, was die Auswahl besitzt: %1</translation>
    </message>
</context>
<context>
    <name>tenantdesk::LedgerMaintenance</name>
    <message>
        <source>%1 is already recorded as applied (another process may have applied it); nothing was recorded.</source>
        <translation>%1 ist bereits als angewendet vermerkt (vielleicht hat ein anderer Prozess sie angewendet); es wurde nichts vermerkt.</translation>
    </message>
    <message>
        <source>The ledger row of %1 changed in the meantime; nothing was repaired. Check the status again.</source>
        <translation>Der Eintrag von %1 im Migrationsverzeichnis hat sich inzwischen geändert; es wurde nichts repariert. Prüfen Sie den Status erneut.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::ListPage</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 so far; counting the rest…</source>
        <translation>%1 bisher; der Rest wird gezählt …</translation>
    </message>
</context>
<context>
    <name>tenantdesk::LiveUse</name>
    <message>
        <source>%1 (pid %2) has %3 open (found by the open-file check in /proc/%2/fd and the lock check in /proc/locks).</source>
        <translation>%1 (PID %2) hat %3 geöffnet (gefunden durch die Prüfung offener Dateien in /proc/%2/fd und die Sperrprüfung in /proc/locks).</translation>
    </message>
    <message>
        <source>%1 (pid %2) has %3 open (found by the open-file check in /proc/%2/fd).</source>
        <translation>%1 (PID %2) hat %3 geöffnet (gefunden durch die Prüfung offener Dateien in /proc/%2/fd).</translation>
    </message>
    <message>
        <source>%1 (pid %2) holds a lock on %3 (found by the lock check in /proc/locks).</source>
        <translation>%1 (PID %2) hält eine Sperre auf %3 (gefunden durch die Sperrprüfung in /proc/locks).</translation>
    </message>
    <message>
        <source>Another process is writing to %1.</source>
        <translation>Ein anderer Prozess schreibt in %1.</translation>
    </message>
    <message>
        <source>%1 is in use.</source>
        <translation>%1 wird verwendet.</translation>
    </message>
    <message>
        <source>A server answers at %1 (%2), found by the health check; it may be aistack using %3, or a server that uses another file.</source>
        <translation>Unter %1 antwortet ein Server (%2), gefunden durch die Health-Prüfung; es kann aistack sein, das %3 verwendet, oder ein Server, der eine andere Datei verwendet.</translation>
    </message>
    <message>
        <source>A restore is refused while another process has the file open, even when forced: that process would keep writing to what it believes is the old content. Stop it and restore again; nothing was restored.</source>
        <translation>Solange ein anderer Prozess die Datei geöffnet hat, wird eine Wiederherstellung abgelehnt, auch erzwungen: Dieser Prozess würde weiter in den Inhalt schreiben, den er für den alten hält. Beenden Sie ihn und stellen Sie erneut wieder her; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Nothing was restored. Stop the server first, or go on anyway (tenantctl: --force; the wizard: Restore Anyway).</source>
        <translation>Es wurde nichts wiederhergestellt. Beenden Sie zuerst den Server, oder fahren Sie trotzdem fort (tenantctl: --force; im Assistenten: Trotzdem wiederherstellen).</translation>
    </message>
    <message>
        <source>Nothing was changed. Stop them first, or go on anyway (tenantctl: --force; the wizard: Run Anyway).</source>
        <translation>Es wurde nichts geändert. Beenden Sie sie zuerst, oder fahren Sie trotzdem fort (tenantctl: --force; im Assistenten: Trotzdem ausführen).</translation>
    </message>
</context>
<context>
    <name>tenantdesk::LiveUseGate</name>
    <message>
        <source>Restore anyway?</source>
        <translation>Trotzdem wiederherstellen?</translation>
    </message>
    <message>
        <source>Go on anyway?</source>
        <translation>Trotzdem fortfahren?</translation>
    </message>
    <message>
        <source>Stop them first if you can: they may write to the database while it changes, and may not expect the change.</source>
        <translation>Beenden Sie sie zuerst, wenn möglich: Sie könnten während der Änderung in die Datenbank schreiben und rechnen nicht mit der Änderung.</translation>
    </message>
    <message>
        <source>Restore Anyway</source>
        <translation>Trotzdem wiederherstellen</translation>
    </message>
    <message>
        <source>Go On Anyway</source>
        <translation>Trotzdem fortfahren</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MainWindow</name>
    <message>
        <source>&lt;b&gt;Demo database.&lt;/b&gt; Sample tenants, workspaces and people in a temporary file that is deleted when TenantDesk closes. You are signed in as its administrator %1.</source>
        <translation>&lt;b&gt;Demodatenbank.&lt;/b&gt; Beispielmandanten, -arbeitsbereiche und -personen in einer temporären Datei, die beim Beenden von TenantDesk gelöscht wird. Sie sind als deren Administrator %1 angemeldet.</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>This is a throwaway demo database</source>
        <translation>Dies ist eine Wegwerf-Demodatenbank</translation>
    </message>
    <message>
        <source>This database has no tenancy tables yet</source>
        <translation>Diese Datenbank hat noch keine Mandantentabellen</translation>
    </message>
    <message>
        <source>%1 has users but no tenants, workspaces or memberships. Add them with the migration wizard (Tools ▸ Migrations…): it shows what will change and backs the file up first.</source>
        <translation>%1 hat Benutzer, aber keine Mandanten, Arbeitsbereiche oder Mitgliedschaften. Fügen Sie sie mit dem Migrationsassistenten hinzu (Extras ▸ Migrationen…): Er zeigt, was sich ändert, und sichert die Datei vorher.</translation>
    </message>
    <message>
        <source>%1 has users but no tenants, workspaces or memberships. A global admin can add them with the migration wizard (Tools ▸ Migrations…).</source>
        <translation>%1 hat Benutzer, aber keine Mandanten, Arbeitsbereiche oder Mitgliedschaften. Ein globaler Administrator kann sie mit dem Migrationsassistenten hinzufügen (Extras ▸ Migrationen…).</translation>
    </message>
    <message>
        <source>Review and apply schema migrations</source>
        <translation>Schemamigrationen prüfen und anwenden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 [Demo]</source>
        <translation>%1 [Demo]</translation>
    </message>
    <message>
        <source>About TenantDesk</source>
        <translation>Über TenantDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TenantDesk %1&lt;/h3&gt;&lt;p&gt;Administration of aistack tenants, workspaces and memberships.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TenantDesk %1&lt;/h3&gt;&lt;p&gt;Verwaltung von aistack-Mandanten, -Arbeitsbereichen und -Mitgliedschaften.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>%1 TenantDesk closes now; start it again to sign in.</source>
        <translation>%1 TenantDesk wird jetzt beendet; starten Sie es erneut, um sich anzumelden.</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MembershipAccessModel</name>
    <message>
        <source>no grant</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>tenant-wide grant (%1)</source>
        <translation>mandantenweite Berechtigung (%1)</translation>
    </message>
    <message>
        <source>workspace grant (%1)</source>
        <translation>Berechtigung für den Arbeitsbereich (%1)</translation>
    </message>
    <message>
        <source>both: tenant-wide %1 and workspace %2; the higher wins</source>
        <translation>beides: mandantenweit %1 und im Arbeitsbereich %2; die höhere gilt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Effective role</source>
        <translation>Wirksame Rolle</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Stammt aus</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MembershipCsv</name>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Expected 3 columns (user, workspace, role), found %1.</source>
        <translation>Erwartet wurden 3 Spalten (user, workspace, role), gefunden: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use member, workspace_admin or tenant_admin.</source>
        <translation>„%1“ ist keine Rolle; verwenden Sie member, workspace_admin oder tenant_admin.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;.</source>
        <translation>Kein Benutzer „%1“.</translation>
    </message>
    <message>
        <source>No workspace &quot;%1&quot; in this tenant.</source>
        <translation>Kein Arbeitsbereich „%1“ in diesem Mandanten.</translation>
    </message>
    <message>
        <source>Same user and workspace as line %1.</source>
        <translation>Gleicher Benutzer und Arbeitsbereich wie in Zeile %1.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>User %1 no longer exists (a membership of a deleted user); the row is skipped.</source>
        <translation>Der Benutzer %1 existiert nicht mehr (eine Mitgliedschaft eines gelöschten Benutzers); die Zeile wird übersprungen.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MembershipHistory</name>
    <message numerus="yes">
        <source>%n change(s) were refused, so nothing was changed:</source>
        <translation>
            <numerusform>%n Änderung wurde abgelehnt, daher wurde nichts geändert:</numerusform>
            <numerusform>%n Änderungen wurden abgelehnt, daher wurde nichts geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Could not redo: %1</source>
        <translation>Konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to undo: no membership edits yet.</source>
        <translation>Nichts rückgängig zu machen: noch keine Änderungen an Mitgliedschaften.</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MembershipImportModel</name>
    <message>
        <source>(tenant-wide)</source>
        <translation>(mandantenweit)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MembershipListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tenant-wide</source>
        <translation>Mandantenweit</translation>
    </message>
    <message>
        <source>%1, user id %2</source>
        <translation>%1, Benutzer-ID %2</translation>
    </message>
    <message>
        <source>A tenant-wide grant applies to every workspace of the tenant.</source>
        <translation>Eine mandantenweite Berechtigung gilt für jeden Arbeitsbereich des Mandanten.</translation>
    </message>
    <message>
        <source>Granted on the workspace %1 only.</source>
        <translation>Nur für den Arbeitsbereich %1 vergeben.</translation>
    </message>
    <message>
        <source>You cannot change this role. %1</source>
        <translation>Sie können diese Rolle nicht ändern. %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the role.</source>
        <translation>Doppelklicken oder F2 drücken, um die Rolle zu ändern.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Select one or more memberships first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Mitgliedschaften.</translation>
    </message>
    <message>
        <source>checking what you may change…</source>
        <translation>prüfe, was Sie ändern dürfen…</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation>mandantenweit</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>the selection already has this role.</source>
        <translation>die Auswahl hat diese Rolle bereits.</translation>
    </message>
    <message>
        <source>User %1 no longer exists: aistack deleted the user but kept this membership. It never counts as an admin; remove it, or remove all such memberships of the tenant at once.</source>
        <translation>Der Benutzer %1 existiert nicht mehr: aistack hat den Benutzer gelöscht, diese Mitgliedschaft aber behalten. Sie zählt nie als Administrator; entfernen Sie sie oder alle solchen Mitgliedschaften des Mandanten auf einmal.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MembershipService</name>
    <message>
        <source>The membership was not stored.</source>
        <translation>Die Mitgliedschaft wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The user holds no role in tenant &quot;%1&quot;.</source>
        <translation>Der Benutzer hat keine Rolle im Mandanten „%1“.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MembershipsPage</name>
    <message>
        <source>tenant-wide</source>
        <translation>mandantenweit</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Membership actions</source>
        <translation>Aktionen für Mitgliedschaften</translation>
    </message>
    <message>
        <source>Search names and e-mails (Ctrl+F)</source>
        <translation>Namen und E-Mail-Adressen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Give a user a role in this tenant or one of its workspaces</source>
        <translation>Einem Benutzer eine Rolle in diesem Mandanten oder einem seiner Arbeitsbereiche geben</translation>
    </message>
    <message>
        <source>&amp;Edit Role</source>
        <translation>Rolle &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Change the role of the current row in place</source>
        <translation>Die Rolle der aktuellen Zeile direkt ändern</translation>
    </message>
    <message>
        <source>Make &amp;Member</source>
        <translation>Zu &amp;Mitglied machen</translation>
    </message>
    <message>
        <source>Give the selected memberships the role member</source>
        <translation>Den ausgewählten Mitgliedschaften die Rolle member geben</translation>
    </message>
    <message>
        <source>Make &amp;Workspace Admin</source>
        <translation>Zu &amp;Arbeitsbereichsadmin machen</translation>
    </message>
    <message>
        <source>Give the selected memberships the role workspace_admin</source>
        <translation>Den ausgewählten Mitgliedschaften die Rolle workspace_admin geben</translation>
    </message>
    <message>
        <source>Make &amp;Tenant Admin</source>
        <translation>Zu Ma&amp;ndantenadmin machen</translation>
    </message>
    <message>
        <source>Give the selected tenant-wide memberships the role tenant_admin</source>
        <translation>Den ausgewählten mandantenweiten Mitgliedschaften die Rolle tenant_admin geben</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Entziehen</translation>
    </message>
    <message>
        <source>Revoke the selected memberships (Undo brings them back)</source>
        <translation>Die ausgewählten Mitgliedschaften entziehen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Add and change memberships from a CSV file, with a preview</source>
        <translation>Mitgliedschaften aus einer CSV-Datei hinzufügen und ändern, mit Vorschau</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the memberships shown to a CSV file</source>
        <translation>Die angezeigten Mitgliedschaften in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>R&amp;olle ändern</translation>
    </message>
    <message>
        <source>Change role of the selection</source>
        <translation>Rolle der Auswahl ändern</translation>
    </message>
    <message>
        <source>Switch to a tenant to see its members.</source>
        <translation>Wechseln Sie zu einem Mandanten, um seine Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the memberships: %1</source>
        <translation>Die Mitgliedschaften konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No membership matches this search.</source>
        <translation>Keine Mitgliedschaft passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>No memberships here yet.</source>
        <translation>Hier gibt es noch keine Mitgliedschaften.</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n Mitgliedschaft</numerusform>
            <numerusform>%n Mitgliedschaften</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>All memberships</source>
        <translation>Alle Mitgliedschaften</translation>
    </message>
    <message>
        <source>Tenant-wide grants</source>
        <translation>Mandantenweite Berechtigungen</translation>
    </message>
    <message>
        <source>Workspace %1 (%2)</source>
        <translation>Arbeitsbereich %1 (%2)</translation>
    </message>
    <message>
        <source>Switch to a tenant first.</source>
        <translation>Wechseln Sie zuerst zu einem Mandanten.</translation>
    </message>
    <message>
        <source>checking what you may grant…</source>
        <translation>prüfe, was Sie vergeben dürfen…</translation>
    </message>
    <message>
        <source>Select a membership first.</source>
        <translation>Wählen Sie zuerst eine Mitgliedschaft.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change %1&apos;s role (%2) to %3</source>
        <translation>Rolle von %1 (%2) in %3 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change %n role(s) to %1</source>
        <translation>
            <numerusform>%n Rolle in %1 ändern</numerusform>
            <numerusform>%n Rollen in %1 ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke %1&apos;s %2 role (%3)</source>
        <translation>Rolle %2 von %1 entziehen (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n membership(s)</source>
        <translation>
            <numerusform>%n Mitgliedschaft entziehen</numerusform>
            <numerusform>%n Mitgliedschaften entziehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 as %2 (%3)</source>
        <translation>%1 als %2 hinzufügen (%3)</translation>
    </message>
    <message>
        <source>Export Memberships</source>
        <translation>Mitgliedschaften exportieren</translation>
    </message>
    <message>
        <source>%1-memberships.csv</source>
        <translation>%1-mitgliedschaften.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not export the memberships</source>
        <translation>Die Mitgliedschaften konnten nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n membership(s) to %1.</source>
        <translation>
            <numerusform>%n Mitgliedschaft nach %1 exportiert.</numerusform>
            <numerusform>%n Mitgliedschaften nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &amp;Deleted Users&apos; Memberships…</source>
        <translation>Mitgliedschaften &amp;gelöschter Benutzer entfernen …</translation>
    </message>
    <message>
        <source>Remove every membership of this tenant whose user no longer exists</source>
        <translation>Jede Mitgliedschaft dieses Mandanten entfernen, deren Benutzer nicht mehr existiert</translation>
    </message>
    <message>
        <source>Only a tenant_admin of this tenant or a global admin may remove the memberships of deleted users.</source>
        <translation>Nur ein tenant_admin dieses Mandanten oder ein globaler Administrator darf die Mitgliedschaften gelöschter Benutzer entfernen.</translation>
    </message>
    <message>
        <source>checking what you may change…</source>
        <translation>prüfe, was Sie ändern dürfen…</translation>
    </message>
    <message>
        <source>Could not list the memberships of deleted users</source>
        <translation>Die Mitgliedschaften gelöschter Benutzer konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>No membership of %1 belongs to a deleted user.</source>
        <translation>Keine Mitgliedschaft von %1 gehört zu einem gelöschten Benutzer.</translation>
    </message>
    <message>
        <source>Remove Deleted Users&apos; Memberships</source>
        <translation>Mitgliedschaften gelöschter Benutzer entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of %1 belong to users who no longer exist. Remove them? Each removal is recorded in the audit log.</source>
        <translation>
            <numerusform>%n Mitgliedschaft von %1 gehört zu einem Benutzer, der nicht mehr existiert. Entfernen? Jede Entfernung wird im Prüfprotokoll festgehalten.</numerusform>
            <numerusform>%n Mitgliedschaften von %1 gehören zu Benutzern, die nicht mehr existieren. Entfernen? Jede Entfernung wird im Prüfprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Could not remove the memberships</source>
        <translation>Die Mitgliedschaften konnten nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n membership(s) of deleted users.</source>
        <translation>
            <numerusform>%n Mitgliedschaft gelöschter Benutzer entfernt.</numerusform>
            <numerusform>%n Mitgliedschaften gelöschter Benutzer entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Show all memberships of the tenant again</source>
        <translation>Wieder alle Mitgliedschaften des Mandanten anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) so far; counting the rest…</source>
        <translation>
            <numerusform>%n Mitgliedschaft bisher; der Rest wird gezählt …</numerusform>
            <numerusform>%n Mitgliedschaften bisher; der Rest wird gezählt …</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection reaches rows that are not loaded; select fewer rows, or scroll through them first.</source>
        <translation>Die Auswahl reicht in Zeilen, die nicht geladen sind; wählen Sie weniger Zeilen aus oder scrollen Sie zuerst durch sie.</translation>
    </message>
    <message>
        <source>Change the role of the selected memberships</source>
        <translation>Die Rolle der ausgewählten Mitgliedschaften ändern</translation>
    </message>
    <message>
        <source>Change Role is not available: %1</source>
        <translation>Rolle ändern ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>This role cannot be changed here: %1</source>
        <translation>Diese Rolle kann hier nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationCatalog</name>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation>Der Migrationsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No migrations folder was given.</source>
        <translation>Es wurde kein Migrationsordner angegeben.</translation>
    </message>
    <message>
        <source>a link to nothing</source>
        <translation>ein Verweis ins Leere</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>not named NNN_name.sql</source>
        <translation>nicht NNN_name.sql benannt</translation>
    </message>
    <message>
        <source>%1 is in both %2 and %3 with different content; a migration&apos;s name is its identity, so rename one of them or leave one folder out.</source>
        <translation>%1 liegt in %2 und in %3 mit unterschiedlichem Inhalt; der Name einer Migration ist ihre Identität, benennen Sie also eine davon um oder lassen Sie einen Ordner weg.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationFolderPage</name>
    <message>
        <source>Migrations Folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>The wizard compares migration scripts with the ledger of &lt;b&gt;%1&lt;/b&gt;, shows what each script would do, and runs only what you confirm.</source>
        <translation>Der Assistent vergleicht Migrationsskripte mit dem Migrationsverzeichnis von &lt;b&gt;%1&lt;/b&gt;, zeigt, was jedes Skript tun würde, und führt nur aus, was Sie bestätigen.</translation>
    </message>
    <message>
        <source>Not a folder: %1.</source>
        <translation>Kein Ordner: %1.</translation>
    </message>
    <message>
        <source>Add a folder, or include the bundled migrations.</source>
        <translation>Fügen Sie einen Ordner hinzu oder nehmen Sie die mitgelieferten Migrationen auf.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationPlanPage</name>
    <message>
        <source>Every pending migration</source>
        <translation>Alle ausstehenden Migrationen</translation>
    </message>
    <message>
        <source>Up to and including %1</source>
        <translation>Bis einschließlich %1</translation>
    </message>
    <message>
        <source>Only the last one applied (%1)</source>
        <translation>Nur die zuletzt angewendete (%1)</translation>
    </message>
    <message>
        <source>Back to %1 (it stays applied)</source>
        <translation>Zurück bis %1 (sie bleibt angewendet)</translation>
    </message>
    <message>
        <source>Revert everything (to 0)</source>
        <translation>Alles zurücknehmen (bis 0)</translation>
    </message>
    <message>
        <source>The status of the migrations could not be read.</source>
        <translation>Der Status der Migrationen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing to record: no migration is pending.</source>
        <translation>Nichts zu vermerken: Keine Migration steht aus.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Nothing to apply: every migration up to that target is applied.</source>
        <translation>Nichts anzuwenden: Jede Migration bis zu diesem Ziel ist angewendet.</translation>
    </message>
    <message>
        <source>Nothing to revert: no migration after that target is applied.</source>
        <translation>Nichts zurückzunehmen: Nach diesem Ziel ist keine Migration angewendet.</translation>
    </message>
    <message>
        <source>none run</source>
        <translation>keine ausgeführt</translation>
    </message>
    <message>
        <source>irreversible</source>
        <translation>nicht umkehrbar</translation>
    </message>
    <message>
        <source>foreign keys off, checked before commit</source>
        <translation>Fremdschlüssel aus, vor dem Commit geprüft</translation>
    </message>
    <message>
        <source>-- Nothing runs: the ledger records these migrations as applied.
</source>
        <translation>-- Nichts wird ausgeführt: Das Migrationsverzeichnis vermerkt diese Migrationen als angewendet.
</translation>
    </message>
    <message>
        <source>Baseline runs nothing: use it only when the database already has what these migrations create, for example an aistack database whose server created the tables.</source>
        <translation>Eine Baseline führt nichts aus: Verwenden Sie sie nur, wenn die Datenbank bereits enthält, was diese Migrationen anlegen, zum Beispiel eine aistack-Datenbank, deren Server die Tabellen angelegt hat.</translation>
    </message>
    <message>
        <source>Reverting runs the DOWN sections listed above; they may drop tables and every row in them. Keep the backup on to be able to restore them.</source>
        <translation>Das Zurücknehmen führt die oben aufgeführten DOWN-Abschnitte aus; sie können Tabellen samt aller Zeilen löschen. Lassen Sie die Sicherung eingeschaltet, um sie wiederherstellen zu können.</translation>
    </message>
    <message>
        <source>Without a backup, what the run changes can only be undone by reverting.</source>
        <translation>Ohne Sicherung lässt sich, was der Lauf ändert, nur durch Zurücknehmen rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to run a plan that destroys data:</source>
        <translation>Geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um einen Plan auszuführen, der Daten zerstört:</translation>
    </message>
    <message>
        <source>into %1 (private to you)</source>
        <translation>nach %1 (nur für Sie zugänglich)</translation>
    </message>
    <message>
        <source>DESTROY</source>
        <translation>ZERSTÖREN</translation>
    </message>
    <message>
        <source>Counting on a copy of the database what this plan would destroy…</source>
        <translation>Auf einer Kopie der Datenbank wird gezählt, was dieser Plan zerstören würde …</translation>
    </message>
    <message>
        <source>What the plan would destroy could not be counted: %1</source>
        <translation>Was der Plan zerstören würde, konnte nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Counted on a copy of the database: this plan destroys no rows, values or tables.</source>
        <translation>Auf einer Kopie der Datenbank gezählt: Dieser Plan zerstört keine Zeilen, Werte oder Tabellen.</translation>
    </message>
    <message>
        <source>On the copy the plan stops early: %1</source>
        <translation>Auf der Kopie bricht der Plan vorzeitig ab: %1</translation>
    </message>
    <message>
        <source>Dry Ru&amp;n</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Record &amp;Now</source>
        <translation>Jetzt &amp;eintragen</translation>
    </message>
    <message>
        <source>Apply &amp;Now</source>
        <translation>&amp;Jetzt anwenden</translation>
    </message>
    <message>
        <source>Revert &amp;Now</source>
        <translation>Jetzt &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; destroys:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zerstört:</translation>
    </message>
    <message>
        <source>Counted on a copy of the database, cascades included: %1 A backup keeps it only if the backup option stays on.</source>
        <translation>Auf einer Kopie der Datenbank gezählt, Kaskaden eingeschlossen: %1 Eine Sicherung bewahrt es nur, wenn die Sicherungsoption eingeschaltet bleibt.</translation>
    </message>
    <message>
        <source>Where the SQL comes from:</source>
        <translation>Woher das SQL stammt:</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationPlanner</name>
    <message>
        <source>There is no migration named %1 in %2 or in the database&apos;s ledger.</source>
        <translation>Es gibt weder in %2 noch im Migrationsverzeichnis der Datenbank eine Migration namens %1.</translation>
    </message>
    <message>
        <source>%1 was changed since it was applied (its checksum no longer matches the ledger), so no migration runs until that is resolved: restore the file as it was applied, or review the change and accept it with &quot;migrate repair&quot;.</source>
        <translation>%1 wurde seit dem Anwenden geändert (die Prüfsumme passt nicht mehr zum Migrationsverzeichnis), daher läuft keine Migration, bis das geklärt ist: Stellen Sie die Datei wieder her, wie sie angewendet wurde, oder prüfen Sie die Änderung und übernehmen Sie sie mit „migrate repair“.</translation>
    </message>
    <message>
        <source>%1 was applied, but its file is no longer in %2, so it cannot be reverted; nothing was run.</source>
        <translation>%1 wurde angewendet, aber die Datei ist nicht mehr in %2, daher kann sie nicht zurückgenommen werden; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1 cannot be reverted: its DOWN section is empty or only comments. The plan was refused before anything ran.</source>
        <translation>%1 kann nicht zurückgenommen werden: Der DOWN-Abschnitt ist leer oder enthält nur Kommentare. Der Plan wurde abgelehnt, bevor etwas ausgeführt wurde.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationProvisionPage</name>
    <message>
        <source>By global role: admins become tenant_admin, everyone else member</source>
        <translation>Nach globaler Rolle: Administratoren werden tenant_admin, alle anderen member</translation>
    </message>
    <message>
        <source>member for everyone</source>
        <translation>member für alle</translation>
    </message>
    <message>
        <source>workspace_admin for everyone</source>
        <translation>workspace_admin für alle</translation>
    </message>
    <message>
        <source>tenant_admin for everyone</source>
        <translation>tenant_admin für alle</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Wird eingerichtet…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1, %2, %n membership(s) granted.</source>
        <translation>
            <numerusform>Fertig: %1, %2, %n Mitgliedschaft vergeben.</numerusform>
            <numerusform>Fertig: %1, %2, %n Mitgliedschaften vergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>tenant created</source>
        <translation>Mandant angelegt</translation>
    </message>
    <message>
        <source>tenant already there</source>
        <translation>Mandant bereits vorhanden</translation>
    </message>
    <message>
        <source>workspace created</source>
        <translation>Arbeitsbereich angelegt</translation>
    </message>
    <message>
        <source>workspace already there</source>
        <translation>Arbeitsbereich bereits vorhanden</translation>
    </message>
    <message>
        <source>Nothing to do: everyone already has a membership.</source>
        <translation>Nichts zu tun: Alle haben bereits eine Mitgliedschaft.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationResultPage</name>
    <message numerus="yes">
        <source>Recorded %n migration(s) as applied; nothing ran.</source>
        <translation>
            <numerusform>%n Migration als angewendet vermerkt; nichts wurde ausgeführt.</numerusform>
            <numerusform>%n Migrationen als angewendet vermerkt; nichts wurde ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>%n Migration angewendet.</numerusform>
            <numerusform>%n Migrationen angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reverted %n migration(s).</source>
        <translation>
            <numerusform>%n Migration zurückgenommen.</numerusform>
            <numerusform>%n Migrationen zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The migrations finished before it stay as they are; use Restore to go back to the state before the run.</source>
        <translation>Die davor abgeschlossenen Migrationen bleiben, wie sie sind; mit „Wiederherstellen“ gelangen Sie zum Stand vor dem Lauf zurück.</translation>
    </message>
    <message>
        <source>Cancelled, rolled back</source>
        <translation>Abgebrochen, zurückgerollt</translation>
    </message>
    <message>
        <source>Failed, rolled back</source>
        <translation>Fehlgeschlagen, zurückgerollt</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None: the backup was switched off.</source>
        <translation>Keine: Die Sicherung war ausgeschaltet.</translation>
    </message>
    <message>
        <source>None was made.</source>
        <translation>Es wurde keine erstellt.</translation>
    </message>
    <message>
        <source>The tenancy tables are new. Next, you can provision the default tenant and workspace for the existing users.</source>
        <translation>Die Mandantentabellen sind neu. Als Nächstes können Sie den Standardmandanten und -arbeitsbereich für die vorhandenen Benutzer einrichten.</translation>
    </message>
    <message>
        <source>The tenancy tables are new. Once there are users, provision them with “tenantctl provision”.</source>
        <translation>Die Mandantentabellen sind neu. Sobald es Benutzer gibt, richten Sie sie mit „tenantctl provision“ ein.</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored %1. What the database held before is saved as %2.</source>
        <translation>%1 wurde wiederhergestellt. Der vorherige Inhalt der Datenbank ist als %2 gesichert.</translation>
    </message>
    <message>
        <source>The content of %1 will be replaced by the backup %2, taken before this run. What the database holds now is saved as another backup first, and the restore is recorded in the restored audit chain.

The restore is refused while another program (for example the aistack server) has the database open.</source>
        <translation>Der Inhalt von %1 wird durch die Sicherung %2 ersetzt, die vor diesem Lauf angelegt wurde. Der jetzige Inhalt der Datenbank wird zuvor als weitere Sicherung gespeichert, und die Wiederherstellung wird in der wiederhergestellten Prüfkette festgehalten.

Solange ein anderes Programm (zum Beispiel der aistack-Server) die Datenbank geöffnet hat, wird die Wiederherstellung abgelehnt.</translation>
    </message>
    <message>
        <source>Checking who else uses the database…</source>
        <translation>Es wird geprüft, wer die Datenbank noch verwendet …</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n migration(s).</source>
        <translation>
            <numerusform>Nach %1 von %n Migration abgebrochen.</numerusform>
            <numerusform>Nach %1 von %n Migrationen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run stopped after %1 of %n migration(s).</source>
        <translation>
            <numerusform>Der Lauf wurde nach %1 von %n Migration angehalten.</numerusform>
            <numerusform>Der Lauf wurde nach %1 von %n Migrationen angehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationRunPage</name>
    <message>
        <source>&lt;b&gt;Dry run&lt;/b&gt; on a temporary copy of %1: the database itself is not touched.</source>
        <translation>&lt;b&gt;Probelauf&lt;/b&gt; auf einer temporären Kopie von %1: Die Datenbank selbst wird nicht berührt.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;The dry run succeeded&lt;/b&gt; in %1 on a temporary copy; the database was not touched. Apply the same plan to the database now?</source>
        <translation>&lt;b&gt;Der Probelauf war erfolgreich&lt;/b&gt; (%1, auf einer temporären Kopie); die Datenbank wurde nicht berührt. Denselben Plan jetzt auf die Datenbank anwenden?</translation>
    </message>
    <message>
        <source>Checking whether an aistack server answers at %1…</source>
        <translation>Es wird geprüft, ob unter %1 ein aistack-Server antwortet…</translation>
    </message>
    <message>
        <source>No aistack server answers at %1 (%2).</source>
        <translation>Unter %1 antwortet kein aistack-Server (%2).</translation>
    </message>
    <message>
        <source>An aistack server answers at %1 (%2).</source>
        <translation>Unter %1 antwortet ein aistack-Server (%2).</translation>
    </message>
    <message>
        <source>Waiting for your decision: nothing has run yet.</source>
        <translation>Wartet auf Ihre Entscheidung: Noch wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)</source>
        <translation>%1 %2 (%3 von %4)</translation>
    </message>
    <message>
        <source>%1, statement %2 of %3: %4</source>
        <translation>%1, Anweisung %2 von %3: %4</translation>
    </message>
    <message>
        <source>Recorded %1 as applied.</source>
        <translation>%1 als angewendet vermerkt.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4 statements, %5 rows changed).</source>
        <translation>%1 %2 in %3 (%4 Anweisungen, %5 Zeilen geändert).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finished&lt;/b&gt; in %1. Next shows what changed and where the backup is.</source>
        <translation>&lt;b&gt;Fertig&lt;/b&gt; in %1. „Weiter“ zeigt, was sich geändert hat und wo die Sicherung liegt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; Next shows what changed and where the backup is.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; „Weiter“ zeigt, was sich geändert hat und wo die Sicherung liegt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelling: the migration in progress is being rolled back…</source>
        <translation>Wird abgebrochen: Die laufende Migration wird zurückgerollt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The dry run was cancelled&lt;/b&gt;; the database was not touched. %1</source>
        <translation>&lt;b&gt;Der Probelauf wurde abgebrochen&lt;/b&gt;; die Datenbank wurde nicht berührt. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The dry run failed&lt;/b&gt;; the database was not touched. %1</source>
        <translation>&lt;b&gt;Der Probelauf ist fehlgeschlagen&lt;/b&gt;; die Datenbank wurde nicht berührt. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recording as applied in&lt;/b&gt; %1…</source>
        <translation>&lt;b&gt;Wird als angewendet vermerkt in&lt;/b&gt; %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running on&lt;/b&gt; %1…</source>
        <translation>&lt;b&gt;Läuft auf&lt;/b&gt; %1…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Checking which other programs have %1 open…</source>
        <translation>Es wird geprüft, welche anderen Programme %1 geöffnet haben …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else uses this database.&lt;/b&gt; %1 They may be writing to it while its schema changes, and may not expect the new schema. Stop them first if you can. Each migration still runs in its own transaction and waits for their writes.</source>
        <translation>&lt;b&gt;Jemand anderes verwendet diese Datenbank.&lt;/b&gt; %1 Er könnte in sie schreiben, während sich ihr Schema ändert, und rechnet nicht mit dem neuen Schema. Beenden Sie ihn zuerst, wenn möglich. Jede Migration läuft weiterhin in ihrer eigenen Transaktion und wartet auf seine Schreibvorgänge.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4 statements; destroys %5).</source>
        <translation>%1 %2 in %3 (%4 Anweisungen; zerstört %5).</translation>
    </message>
    <message>
        <source>Dry run result</source>
        <translation>Ergebnis des Probelaufs</translation>
    </message>
    <message>
        <source>Dry run time</source>
        <translation>Dauer des Probelaufs</translation>
    </message>
    <message>
        <source>Rows changed in the copy</source>
        <translation>In der Kopie geänderte Zeilen</translation>
    </message>
    <message>
        <source>Dry run on a temporary copy: the database is not touched.</source>
        <translation>Probelauf auf einer temporären Kopie: Die Datenbank bleibt unberührt.</translation>
    </message>
    <message>
        <source>Real run on the database (the lines above are the dry run on a copy).</source>
        <translation>Echter Lauf auf der Datenbank (die Zeilen darüber sind der Probelauf auf einer Kopie).</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationRunner</name>
    <message>
        <source>%1 was applied by another process in the meantime; the run stopped before it.</source>
        <translation>%1 wurde inzwischen von einem anderen Prozess angewendet; der Lauf wurde davor angehalten.</translation>
    </message>
    <message>
        <source>%1 was reverted by another process in the meantime; the run stopped before it.</source>
        <translation>%1 wurde inzwischen von einem anderen Prozess zurückgenommen; der Lauf wurde davor angehalten.</translation>
    </message>
    <message>
        <source>%1 was changed since it was applied; it was not reverted.</source>
        <translation>%1 wurde seit dem Anwenden geändert; sie wurde nicht zurückgenommen.</translation>
    </message>
    <message>
        <source>(without rowid)</source>
        <translation>(ohne rowid)</translation>
    </message>
    <message>
        <source>%1 failed at statement %2 (line %3): %4. That migration was rolled back; the database is as it was before it.</source>
        <translation>%1 ist bei Anweisung %2 (Zeile %3) fehlgeschlagen: %4. Diese Migration wurde zurückgerollt; die Datenbank ist wie vorher.</translation>
    </message>
    <message>
        <source>the statement ended the migration&apos;s transaction, which scripts must never do</source>
        <translation>die Anweisung hat die Transaktion der Migration beendet, was Skripte niemals tun dürfen</translation>
    </message>
    <message>
        <source>%1 was cancelled before its first statement and rolled back; the database is as it was before it.</source>
        <translation>%1 wurde vor ihrer ersten Anweisung abgebrochen und zurückgerollt; die Datenbank ist wie vorher.</translation>
    </message>
    <message>
        <source>%1 was cancelled during statement %2 and rolled back; the database is as it was before it.</source>
        <translation>%1 wurde während Anweisung %2 abgebrochen und zurückgerollt; die Datenbank ist wie vorher.</translation>
    </message>
    <message>
        <source>%1 was cancelled after statement %2 and rolled back; the database is as it was before it.</source>
        <translation>%1 wurde nach Anweisung %2 abgebrochen und zurückgerollt; die Datenbank ist wie vorher.</translation>
    </message>
    <message>
        <source>%1 was not created: the index %2 already covers the same columns.</source>
        <translation>%1 wurde nicht angelegt: Der Index %2 deckt dieselben Spalten bereits ab.</translation>
    </message>
    <message>
        <source>the script holds a NUL byte</source>
        <translation>das Skript enthält ein NUL-Byte</translation>
    </message>
    <message numerus="yes">
        <source>%1 broke %n foreign key reference(s), so it was rolled back; the first: row %2 of %3 refers to a row of %4 that does not exist.</source>
        <translation>
            <numerusform>%1 hat %n Fremdschlüsselverweis verletzt und wurde daher zurückgerollt; der erste: Zeile %2 von %3 verweist auf eine Zeile von %4, die nicht existiert.</numerusform>
            <numerusform>%1 hat %n Fremdschlüsselverweise verletzt und wurde daher zurückgerollt; der erste: Zeile %2 von %3 verweist auf eine Zeile von %4, die nicht existiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationScript</name>
    <message>
        <source>%1 is not a migration file name: expected NNN_name.sql.</source>
        <translation>%1 ist kein Name einer Migrationsdatei: erwartet wird NNN_name.sql.</translation>
    </message>
    <message>
        <source>The number of %1 is too large.</source>
        <translation>Die Nummer von %1 ist zu groß.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown directive &quot;%3&quot;; the only one is &quot;%4&quot;.</source>
        <translation>%1, Zeile %2: unbekannte Direktive „%3“; die einzige ist „%4“.</translation>
    </message>
    <message>
        <source>%1, line %2: a second UP marker, or an UP marker after DOWN; a script has one UP section followed by one DOWN section.</source>
        <translation>%1, Zeile %2: eine zweite UP-Markierung oder eine UP-Markierung nach DOWN; ein Skript hat einen UP-Abschnitt, gefolgt von einem DOWN-Abschnitt.</translation>
    </message>
    <message>
        <source>%1, line %2: a second DOWN marker; a script has one DOWN section.</source>
        <translation>%1, Zeile %2: eine zweite DOWN-Markierung; ein Skript hat einen DOWN-Abschnitt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (UP)</source>
        <translation>%1 (UP)</translation>
    </message>
    <message>
        <source>%1 (DOWN)</source>
        <translation>%1 (DOWN)</translation>
    </message>
    <message>
        <source>%1, line %2: the file holds a NUL byte; a migration script is text.</source>
        <translation>%1, Zeile %2: Die Datei enthält ein NUL-Byte; ein Migrationsskript ist Text.</translation>
    </message>
    <message>
        <source>%1, line %2: the file is not valid UTF-8 text (byte 0x%3); save it as UTF-8.</source>
        <translation>%1, Zeile %2: Die Datei ist kein gültiger UTF-8-Text (Byte 0x%3); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>UP section of %1 (from line %2)</source>
        <translation>UP-Abschnitt von %1 (ab Zeile %2)</translation>
    </message>
    <message>
        <source>DOWN section of %1 (from line %2)</source>
        <translation>DOWN-Abschnitt von %1 (ab Zeile %2)</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationStatusPage</name>
    <message>
        <source>Reading %1 and the database&apos;s ledger…</source>
        <translation>%1 und das Migrationsverzeichnis der Datenbank werden gelesen…</translation>
    </message>
    <message>
        <source>Unknown (no file)</source>
        <translation>Unbekannt (keine Datei)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (irreversible)</source>
        <translation>Nein (nicht umkehrbar)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 has no NNN_name.sql migration scripts.</source>
        <translation>%1 enthält keine Migrationsskripte NNN_name.sql.</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) in %1: %2 applied, %3 pending.</source>
        <translation>
            <numerusform>%n Migration in %1: %2 angewendet, %3 ausstehend.</numerusform>
            <numerusform>%n Migrationen in %1: %2 angewendet, %3 ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed since it was applied: its checksum no longer matches the ledger, so no migration can run until that is resolved. Restore the file as it was applied, or, once you have checked that the database already matches the changed script (for example only comments changed), accept the new checksum.</source>
        <translation>%1 wurde seit dem Anwenden geändert: Die Prüfsumme passt nicht mehr zum Migrationsverzeichnis, daher kann keine Migration laufen, bis das geklärt ist. Stellen Sie die Datei wieder her, wie sie angewendet wurde, oder übernehmen Sie die neue Prüfsumme, sobald Sie geprüft haben, dass die Datenbank bereits dem geänderten Skript entspricht (zum Beispiel, wenn sich nur Kommentare geändert haben).</translation>
    </message>
    <message>
        <source>&amp;DOWN</source>
        <translation>&amp;DOWN</translation>
    </message>
    <message>
        <source>&amp;DOWN (irreversible)</source>
        <translation>&amp;DOWN (nicht umkehrbar)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Checksum of UP (%1): %2</source>
        <translation>Prüfsumme von UP (%1): %2</translation>
    </message>
    <message>
        <source>Statements: %1 UP, %2 DOWN</source>
        <translation>Anweisungen: %1 UP, %2 DOWN</translation>
    </message>
    <message>
        <source>Runs with foreign keys switched off (table rebuild); a foreign key check must pass before it commits.</source>
        <translation>Läuft mit abgeschalteten Fremdschlüsseln (Neuaufbau einer Tabelle); vor dem Commit muss eine Fremdschlüsselprüfung bestehen.</translation>
    </message>
    <message>
        <source>Irreversible: its DOWN section has no statements, so it cannot be reverted.</source>
        <translation>Nicht umkehrbar: Der DOWN-Abschnitt enthält keine Anweisungen, daher kann sie nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>-- The file of %1 is no longer in the folder.</source>
        <translation>-- Die Datei von %1 ist nicht mehr im Ordner.</translation>
    </message>
    <message>
        <source>Applied %1 by %2 in %3</source>
        <translation>Angewendet %1 von %2 in %3</translation>
    </message>
    <message>
        <source>Checksum in the ledger (%1): %2</source>
        <translation>Prüfsumme im Migrationsverzeichnis (%1): %2</translation>
    </message>
    <message>
        <source>Modified: the UP section changed since it was applied.</source>
        <translation>Geändert: Der UP-Abschnitt hat sich seit dem Anwenden geändert.</translation>
    </message>
    <message>
        <source>Accept the changed scripts?</source>
        <translation>Die geänderten Skripte übernehmen?</translation>
    </message>
    <message>
        <source>TenantDesk will record the current text of %1 as the applied one, without running anything. Do this only if the database already matches the changed script; otherwise restore the file as it was applied.

The repair is recorded in the audit chain.</source>
        <translation>TenantDesk vermerkt den aktuellen Text von %1 als den angewendeten, ohne etwas auszuführen. Tun Sie das nur, wenn die Datenbank bereits dem geänderten Skript entspricht; andernfalls stellen Sie die Datei wieder her, wie sie angewendet wurde.

Die Reparatur wird in der Prüfprotokollkette vermerkt.</translation>
    </message>
    <message>
        <source>Could not accept the new checksums</source>
        <translation>Die neuen Prüfsummen konnten nicht übernommen werden</translation>
    </message>
    <message>
        <source>(no folder has it)</source>
        <translation>(in keinem Ordner)</translation>
    </message>
    <message>
        <source>The ledger says it is applied, but none of the folders has its file.</source>
        <translation>Laut Migrationsverzeichnis ist sie angewendet, aber keiner der Ordner enthält ihre Datei.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ignored, not migrations: %1.</source>
        <translation>Ignoriert, keine Migrationen: %1.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationTarget</name>
    <message>
        <source>&quot;%1&quot; is not a migration target: give a number (0 for none) or a migration name such as 008_multitenant.</source>
        <translation>„%1“ ist kein Migrationsziel: Geben Sie eine Nummer an (0 für keine) oder einen Migrationsnamen wie 008_multitenant.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationTexts::Strings</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Record as applied</source>
        <translation>Als angewendet vermerken</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Recorded as applied</source>
        <translation>Als angewendet vermerkt</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>foreign keys off around the transaction, foreign_key_check before commit</source>
        <translation>Fremdschlüssel um die Transaktion herum aus, foreign_key_check vor dem Commit</translation>
    </message>
    <message>
        <source>statement %1 of %2, line %3</source>
        <translation>Anweisung %1 von %2, Zeile %3</translation>
    </message>
    <message>
        <source>%1, and %2 destroyed</source>
        <translation>%1, dazu %2 zerstört</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationWizard</name>
    <message>
        <source>Migrations — %1</source>
        <translation>Migrationen — %1</translation>
    </message>
    <message>
        <source>Cannot open the migration wizard</source>
        <translation>Der Migrationsassistent kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationWorkflow</name>
    <message>
        <source>Copying the database to a temporary folder…</source>
        <translation>Die Datenbank wird in einen temporären Ordner kopiert…</translation>
    </message>
    <message>
        <source>Running the plan on the copy; the database itself is not touched.</source>
        <translation>Der Plan läuft auf der Kopie; die Datenbank selbst wird nicht berührt.</translation>
    </message>
    <message>
        <source>The database does not exist yet: running the plan on an empty stand-in.</source>
        <translation>Die Datenbank existiert noch nicht: Der Plan läuft auf einem leeren Platzhalter.</translation>
    </message>
    <message>
        <source>Backing up the database into %1…</source>
        <translation>Die Datenbank wird nach %1 gesichert…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes).</source>
        <translation>Gesichert nach %1 (%2 Bytes).</translation>
    </message>
    <message>
        <source>The run was cancelled before the first migration; the database was not changed.</source>
        <translation>Der Lauf wurde vor der ersten Migration abgebrochen; die Datenbank wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Counting on a copy what the plan would destroy; the database itself is not touched…</source>
        <translation>Auf einer Kopie wird gezählt, was der Plan zerstören würde; die Datenbank selbst bleibt unberührt …</translation>
    </message>
    <message>
        <source>Counted on the copy: the plan destroys no rows.</source>
        <translation>Auf der Kopie gezählt: Der Plan zerstört keine Zeilen.</translation>
    </message>
    <message>
        <source>%1 destroys %2.</source>
        <translation>%1 zerstört %2.</translation>
    </message>
    <message>
        <source>Counted on a copy of the database: %1 Nothing was changed. To run it anyway, allow the data loss (tenantctl: --allow-data-loss; the wizard: type the confirmation word).</source>
        <translation>Auf einer Kopie der Datenbank gezählt: %1 Es wurde nichts geändert. Um ihn trotzdem auszuführen, erlauben Sie den Datenverlust (tenantctl: --allow-data-loss; im Assistenten: das Bestätigungswort eingeben).</translation>
    </message>
    <message>
        <source>Counted on the copy: %1 The loss was allowed.</source>
        <translation>Auf der Kopie gezählt: %1 Der Verlust war erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s), keeping the newest.</source>
        <translation>
            <numerusform>%n ältere Sicherung entfernt, die neuesten bleiben erhalten.</numerusform>
            <numerusform>%n ältere Sicherungen entfernt, die neuesten bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the backup %1 again: nothing was changed.</source>
        <translation>Die Sicherung %1 wurde wieder entfernt: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::NameDialog</name>
    <message>
        <source>Slugs cannot be changed: aistack refers to them.</source>
        <translation>Slugs können nicht geändert werden: aistack verweist auf sie.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>tenantdesk::NamedRowColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>tenantdesk::NamespacePattern</name>
    <message>
        <source>The memory namespace pattern &quot;%1&quot; must contain {tenant}, before {workspace} when it contains both.</source>
        <translation>Das Muster für Memory-Namensräume „%1“ muss {tenant} enthalten, und zwar vor {workspace}, wenn es beide enthält.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::NewPasswordFields</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Ein Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>tenantdesk::PageNavigator</name>
    <message>
        <source>P&amp;revious Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Go to the page left of this one</source>
        <translation>Zur Seite links von dieser wechseln</translation>
    </message>
    <message>
        <source>Go to the page right of this one</source>
        <translation>Zur Seite rechts von dieser wechseln</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>Die Seite %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>tenantdesk::PageScaffold</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>tenantdesk::PagedModelBase</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>tenantdesk::PasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>A new password for %1. Their aistack sessions are signed out; a locked account stays locked.</source>
        <translation>Ein neues Passwort für %1. Die aistack-Sitzungen der Person werden abgemeldet; ein gesperrtes Konto bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>A new password for your account %1. Your aistack sessions are signed out.</source>
        <translation>Ein neues Passwort für Ihr Konto %1. Ihre aistack-Sitzungen werden abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::PeoplePage</name>
    <message>
        <source>People actions</source>
        <translation>Aktionen für Personen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Search by the start of a username or e-mail (Ctrl+F)</source>
        <translation>Nach dem Anfang eines Benutzernamens oder einer E-Mail-Adresse suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Select a person to see where they have access.</source>
        <translation>Wählen Sie eine Person aus, um zu sehen, wo sie Zugriff hat.</translation>
    </message>
    <message>
        <source>Could not load the people: %1</source>
        <translation>Die Personen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Nobody you can see has a username or e-mail starting like that.</source>
        <translation>Niemand, den Sie sehen können, hat einen Benutzernamen oder eine E-Mail-Adresse, die so beginnt.</translation>
    </message>
    <message>
        <source>There is nobody you can see.</source>
        <translation>Es gibt niemanden, den Sie sehen können.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) loaded; more load as you scroll.</source>
        <translation>
            <numerusform>%n Person geladen; weitere werden beim Blättern geladen.</numerusform>
            <numerusform>%n Personen geladen; weitere werden beim Blättern geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Wählen Sie zuerst eine Person aus.</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>&amp;Neue Person …</translation>
    </message>
    <message>
        <source>Create an aistack user who can sign in to aistack and TenantDesk</source>
        <translation>Einen aistack-Benutzer anlegen, der sich bei aistack und TenantDesk anmelden kann</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s username or e-mail address</source>
        <translation>Benutzername oder E-Mail-Adresse der ausgewählten Person ändern</translation>
    </message>
    <message>
        <source>Global &amp;Role</source>
        <translation>Globale &amp;Rolle</translation>
    </message>
    <message>
        <source>Make the selected person admin, developer or viewer</source>
        <translation>Die ausgewählte Person zu admin, developer oder viewer machen</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <source>Give the selected person a new password and sign them out of aistack</source>
        <translation>Der ausgewählten Person ein neues Passwort geben und sie von aistack abmelden</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Stop the selected person from signing in to aistack and TenantDesk until unlocked</source>
        <translation>Die ausgewählte Person bis zur Entsperrung von der Anmeldung bei aistack und TenantDesk ausschließen</translation>
    </message>
    <message>
        <source>Select a person who is not locked.</source>
        <translation>Wählen Sie eine Person aus, die nicht gesperrt ist.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Let the selected person sign in again with their password</source>
        <translation>Die ausgewählte Person wieder mit ihrem Passwort anmelden lassen</translation>
    </message>
    <message>
        <source>Select a locked person.</source>
        <translation>Wählen Sie eine gesperrte Person aus.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected person with their memberships</source>
        <translation>Die ausgewählte Person samt ihren Mitgliedschaften löschen</translation>
    </message>
    <message>
        <source>Change &amp;My Password…</source>
        <translation>&amp;Mein Passwort ändern …</translation>
    </message>
    <message>
        <source>Set a new password for your own account</source>
        <translation>Ein neues Passwort für Ihr eigenes Konto setzen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Global role</source>
        <translation>Globale Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked: cannot sign in to aistack or TenantDesk</source>
        <translation>Gesperrt: kann sich nicht bei aistack oder TenantDesk anmelden</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last sign-in to aistack</source>
        <translation>Letzte Anmeldung bei aistack</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Where %1 has access</source>
        <translation>Wo %1 Zugriff hat</translation>
    </message>
    <message>
        <source>No role in any tenant you can see.</source>
        <translation>Keine Rolle in einem Mandanten, den Sie sehen können.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>%1 (tenant-wide)</source>
        <translation>%1 (mandantenweit)</translation>
    </message>
    <message>
        <source>%1 on workspace %2</source>
        <translation>%1 im Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only the first %1 tenants are listed; tenantctl user show lists all.</source>
        <translation>Nur die ersten %1 Mandanten werden aufgeführt; tenantctl user show listet alle.</translation>
    </message>
    <message>
        <source>Could not change the global role</source>
        <translation>Die globale Rolle konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Could not lock the account</source>
        <translation>Das Konto konnte nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Could not unlock the account</source>
        <translation>Das Konto konnte nicht entsperrt werden</translation>
    </message>
    <message>
        <source>Locked %1.</source>
        <translation>%1 gesperrt.</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>%1 entsperrt.</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete %1 &lt;%2&gt;? Their roles in every tenant go too and aistack signs them out. This cannot be undone; locking keeps the account instead.</source>
        <translation>%1 &lt;%2&gt; löschen? Die Rollen der Person in allen Mandanten entfallen ebenfalls, und aistack meldet sie ab. Das lässt sich nicht rückgängig machen; beim Sperren bleibt das Konto dagegen erhalten.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Could not delete the person</source>
        <translation>Die Person konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::PersonDialog</name>
    <message>
        <source>admin: may do everything, including managing people. developer and viewer: only what their tenant roles allow.</source>
        <translation>admin: darf alles, auch Personen verwalten. developer und viewer: nur, was ihre Rollen in den Mandanten erlauben.</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>A new aistack user. They sign in to aistack and to TenantDesk with this username or e-mail and the password; give them tenant roles afterwards.</source>
        <translation>Ein neuer aistack-Benutzer. Er meldet sich bei aistack und TenantDesk mit diesem Benutzernamen oder dieser E-Mail-Adresse und dem Passwort an; vergeben Sie danach Rollen in Mandanten.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Change the username or e-mail address. aistack signs in by the exact e-mail address, so tell the person.</source>
        <translation>Benutzername oder E-Mail-Adresse ändern. aistack meldet mit der genauen E-Mail-Adresse an, sagen Sie es also der Person.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Give a username and an e-mail address.</source>
        <translation>Geben Sie einen Benutzernamen und eine E-Mail-Adresse an.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::PersonFlows::Strings</name>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>Neues Passwort für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Changed your password.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>The password of %1 is shown only now and is stored nowhere in clear. Copy it and hand it over safely:&lt;p&gt;&lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt;&lt;/p&gt;</source>
        <translation>Das Passwort von %1 wird nur jetzt angezeigt und nirgends im Klartext gespeichert. Kopieren Sie es und geben Sie es sicher weiter:&lt;p&gt;&lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tenantdesk::PreferencesDialog</name>
    <message>
        <source>No check</source>
        <translation>Keine Prüfung</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>The backup folder cannot be used: %1</source>
        <translation>Der Sicherungsordner kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>tenantdesk::Provisioner</name>
    <message>
        <source>Choose a role for everyone: member, workspace_admin or tenant_admin.</source>
        <translation>Wählen Sie eine Rolle für alle: member, workspace_admin oder tenant_admin.</translation>
    </message>
    <message>
        <source>This database has no users table: there is no one to provision.</source>
        <translation>Diese Datenbank hat keine Tabelle users: Es gibt niemanden einzurichten.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Schnellwechsler</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing you can see matches.</source>
        <translation>Nichts, was Sie sehen dürfen, passt.</translation>
    </message>
    <message>
        <source>First %1 matches; type more to narrow. ↑↓ to choose, Enter to switch, Esc to close.</source>
        <translation>Die ersten %1 Treffer; tippen Sie weiter, um einzugrenzen. ↑↓ zum Auswählen, Eingabe zum Wechseln, Esc zum Schließen.</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to switch, Esc to close.</source>
        <translation>↑↓ zum Auswählen, Eingabe zum Wechseln, Esc zum Schließen.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Workspace %1 of tenant %2 (%3)</source>
        <translation>Arbeitsbereich %1 des Mandanten %2 (%3)</translation>
    </message>
    <message>
        <source>Tenant %1 (%2)</source>
        <translation>Mandant %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tenantdesk::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>tenantdesk::RetrofitGenerator</name>
    <message>
        <source>%1 is a tenancy or bookkeeping table, not a domain table; it cannot be retrofitted.</source>
        <translation>%1 ist eine Mandanten- oder Verwaltungstabelle, keine Fachtabelle; sie kann nicht nachgerüstet werden.</translation>
    </message>
    <message>
        <source>There is no table named %1 in the database.</source>
        <translation>Die Datenbank hat keine Tabelle namens %1.</translation>
    </message>
    <message>
        <source>%1 already has a %2 column.</source>
        <translation>%1 hat bereits eine Spalte %2.</translation>
    </message>
    <message>
        <source>Name at least one table to retrofit.</source>
        <translation>Nennen Sie mindestens eine Tabelle zum Nachrüsten.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::RoleDelegate</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>The roles you may set here.</source>
        <translation>Die Rollen, die Sie hier setzen dürfen.</translation>
    </message>
    <message>
        <source>The roles you may set here. Not offered: %1</source>
        <translation>Die Rollen, die Sie hier setzen dürfen. Nicht angeboten: %1</translation>
    </message>
</context>
<context>
    <name>tenantdesk::ScriptValidator</name>
    <message>
        <source>%1, statement %2 (line %3)</source>
        <translation>%1, Anweisung %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>%1: scripts must not manage transactions themselves (found %2); each migration already runs in its own transaction, so it applies whole or not at all.</source>
        <translation>%1: Skripte dürfen Transaktionen nicht selbst steuern (gefunden: %2); jede Migration läuft bereits in einer eigenen Transaktion und wird daher ganz oder gar nicht angewendet.</translation>
    </message>
    <message>
        <source>%1: PRAGMA foreign_keys does nothing inside a transaction, and every migration runs in one; for a table rebuild, put the line &quot;%2&quot; in the script instead.</source>
        <translation>%1: PRAGMA foreign_keys wirkt innerhalb einer Transaktion nicht, und jede Migration läuft in einer; schreiben Sie für den Neuaufbau einer Tabelle stattdessen die Zeile „%2“ in das Skript.</translation>
    </message>
    <message>
        <source>%1: PRAGMA %2 cannot change inside a transaction, and every migration runs in one; remove it from the script.</source>
        <translation>%1: PRAGMA %2 lässt sich innerhalb einer Transaktion nicht ändern, und jede Migration läuft in einer; entfernen Sie es aus dem Skript.</translation>
    </message>
    <message>
        <source>%1: scripts may not attach other database files (found %2); a migration changes this database only, and its dry run must not write anywhere else.</source>
        <translation>%1: Skripte dürfen keine anderen Datenbankdateien anhängen (gefunden: %2); eine Migration ändert nur diese Datenbank, und ihr Probelauf darf nirgendwo anders schreiben.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::ServerHealthCheck</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Keine Antwort innerhalb von %1 ms.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::Session</name>
    <message>
        <source>Could not restore the last tenant and workspace: %1</source>
        <translation>Der zuletzt verwendete Mandant und Arbeitsbereich konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The tenant you used last (%1) no longer exists or is no longer accessible to you.</source>
        <translation>Der zuletzt verwendete Mandant (%1) existiert nicht mehr oder ist für Sie nicht mehr zugänglich.</translation>
    </message>
    <message>
        <source>The tenant you used last (%1) no longer exists or is no longer accessible to you; switched to %2.</source>
        <translation>Der zuletzt verwendete Mandant (%1) existiert nicht mehr oder ist für Sie nicht mehr zugänglich; gewechselt zu %2.</translation>
    </message>
    <message>
        <source>The workspace you used last (%1) no longer exists or is no longer accessible to you; switched to %2.</source>
        <translation>Der zuletzt verwendete Arbeitsbereich (%1) existiert nicht mehr oder ist für Sie nicht mehr zugänglich; gewechselt zu %2.</translation>
    </message>
    <message>
        <source>This database has no tenants yet: create the first one with Tenants ▸ New Tenant.</source>
        <translation>Diese Datenbank hat noch keine Mandanten: Legen Sie den ersten mit Mandanten ▸ Neuer Mandant an.</translation>
    </message>
    <message>
        <source>You have no role in any tenant yet. A tenant admin or a global admin can grant you one.</source>
        <translation>Sie haben noch in keinem Mandanten eine Rolle. Ein Mandantenadministrator oder ein globaler Administrator kann Ihnen eine geben.</translation>
    </message>
    <message>
        <source>The tenant %1 was deleted or your access to it was revoked; switched to %2.</source>
        <translation>Der Mandant %1 wurde gelöscht oder Ihr Zugriff darauf wurde entzogen; gewechselt zu %2.</translation>
    </message>
    <message>
        <source>no tenant</source>
        <translation>kein Mandant</translation>
    </message>
    <message>
        <source>The workspace %1 was deleted or your access to it was revoked; switched to %2.</source>
        <translation>Der Arbeitsbereich %1 wurde gelöscht oder Ihr Zugriff darauf wurde entzogen; gewechselt zu %2.</translation>
    </message>
    <message>
        <source>Your global role changed from %1 to %2: what you may do follows the new role.</source>
        <translation>Ihre globale Rolle wurde von %1 zu %2 geändert: Was Sie dürfen, richtet sich nach der neuen Rolle.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::SessionStatus</name>
    <message>
        <source>tenant admin</source>
        <translation>Mandantenadministrator</translation>
    </message>
    <message>
        <source>workspace admin</source>
        <translation>Arbeitsbereichsadministrator</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Not signed in (database without users)</source>
        <translation>Nicht angemeldet (Datenbank ohne Benutzer)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 · %2 in %3</source>
        <translation>%1 · %2 in %3</translation>
    </message>
    <message>
        <source>%1 · global admin in %2</source>
        <translation>%1 · globaler Administrator in %2</translation>
    </message>
</context>
<context>
    <name>tenantdesk::SettingsDelegate</name>
    <message>
        <source>Value type</source>
        <translation>Werttyp</translation>
    </message>
    <message>
        <source>Yes/no value</source>
        <translation>Ja/Nein-Wert</translation>
    </message>
    <message>
        <source>Setting key</source>
        <translation>Schlüssel der Einstellung</translation>
    </message>
    <message>
        <source>Setting value</source>
        <translation>Wert der Einstellung</translation>
    </message>
</context>
<context>
    <name>tenantdesk::SettingsDialog</name>
    <message>
        <source>Edit settings</source>
        <translation>Einstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::SettingsRowsModel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Object (JSON)</source>
        <translation>Objekt (JSON)</translation>
    </message>
    <message>
        <source>List (JSON)</source>
        <translation>Liste (JSON)</translation>
    </message>
    <message>
        <source>a yes/no value is true or false</source>
        <translation>ein Ja/Nein-Wert ist true oder false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (e.g. 42, -1.5, 2e6)</source>
        <translation>„%1“ ist keine Zahl (z. B. 42, -1.5, 2e6)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>an object is written {&quot;key&quot;: value, ...}</source>
        <translation>ein Objekt wird {&quot;schlüssel&quot;: wert, ...} geschrieben</translation>
    </message>
    <message>
        <source>a list is written [value, ...]</source>
        <translation>eine Liste wird [wert, ...] geschrieben</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <source>the key starts or ends with spaces</source>
        <translation>der Schlüssel beginnt oder endet mit Leerzeichen</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>Row %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>tenantdesk::ShortcutsDialog</name>
    <message>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous control (also out of a table)</source>
        <translation>Nächstes oder vorheriges Element (auch aus einer Tabelle heraus)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move inside a list or table</source>
        <translation>Innerhalb einer Liste oder Tabelle bewegen</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Edit the current cell (a locked cell says why it is locked)</source>
        <translation>Die aktuelle Zelle bearbeiten (eine gesperrte Zelle sagt, warum sie gesperrt ist)</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <source>The actions of the current row</source>
        <translation>Die Aktionen der aktuellen Zeile</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+Buchstabe</translation>
    </message>
    <message>
        <source>The menu, button or field whose letter is underlined</source>
        <translation>Das Menü, die Schaltfläche oder das Feld mit dem unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Umschalt+F1</translation>
    </message>
    <message>
        <source>What&apos;s This: why an action is not available</source>
        <translation>Direkthilfe: warum eine Aktion nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog or the quick switcher without changing anything</source>
        <translation>Einen Dialog oder den Schnellwechsler schließen, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>tenantdesk::SignInDialog</name>
    <message>
        <source>&lt;b&gt;Sign in to %1&lt;/b&gt;&lt;br&gt;Use your aistack account. Your rights in this database apply, and what you change is recorded in its audit log.</source>
        <translation>&lt;b&gt;Bei %1 anmelden&lt;/b&gt;&lt;br&gt;Verwenden Sie Ihr aistack-Konto. Es gelten Ihre Rechte in dieser Datenbank, und Ihre Änderungen werden in ihrem Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>tenantdesk::Startup</name>
    <message>
        <source>Administer the tenants, workspaces and memberships of an aistack database.</source>
        <translation>Verwaltet die Mandanten, Arbeitsbereiche und Mitgliedschaften einer aistack-Datenbank.</translation>
    </message>
    <message>
        <source>Open this database file instead of the default one.</source>
        <translation>Diese Datenbankdatei statt der Standarddatenbank öffnen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Sign in as this user (name or e-mail). With $TENANTDESK_PASSWORD set, no sign-in dialog is shown.</source>
        <translation>Als dieser Benutzer anmelden (Name oder E-Mail). Ist $TENANTDESK_PASSWORD gesetzt, erscheint kein Anmeldedialog.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Open a throwaway database filled with sample data.</source>
        <translation>Eine Wegwerf-Datenbank mit Beispieldaten öffnen.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>datenbank</translation>
    </message>
    <message>
        <source>The database file to open (same as --db).</source>
        <translation>Die zu öffnende Datenbankdatei (wie --db).</translation>
    </message>
    <message>
        <source>[database]</source>
        <translation>[datenbank]</translation>
    </message>
    <message>
        <source>Give one database file at most.</source>
        <translation>Geben Sie höchstens eine Datenbankdatei an.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot set up the new database</source>
        <translation>Die neue Datenbank kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>%1

The file is %2.</source>
        <translation>%1

Die Datei ist %2.</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Die Benutzer können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The password in $TENANTDESK_PASSWORD did not work: %1</source>
        <translation>Das Passwort in $TENANTDESK_PASSWORD hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Cannot start the demo</source>
        <translation>Die Demo kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>No temporary folder: %1</source>
        <translation>Kein temporärer Ordner: %1</translation>
    </message>
    <message>
        <source>Log information and debug messages on standard error, not only warnings (unless $QT_LOGGING_RULES says otherwise).</source>
        <translation>Informations- und Debug-Meldungen auf der Standardfehlerausgabe protokollieren, nicht nur Warnungen (sofern $QT_LOGGING_RULES nichts anderes bestimmt).</translation>
    </message>
</context>
<context>
    <name>tenantdesk::SwitcherDock</name>
    <message>
        <source>Tenants and Workspaces</source>
        <translation>Mandanten und Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Tenants and workspaces</source>
        <translation>Mandanten und Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Type part of a name or slug</source>
        <translation>Teil eines Namens oder Slugs eingeben</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing you can see matches “%1”.</source>
        <translation>Nichts, was Sie sehen dürfen, passt zu „%1“.</translation>
    </message>
    <message>
        <source>No tenants you can see.</source>
        <translation>Keine Mandanten, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Showing the first %1 matches; type more to narrow them down.</source>
        <translation>Die ersten %1 Treffer werden angezeigt; tippen Sie weiter, um einzugrenzen.</translation>
    </message>
    <message>
        <source>Ctrl+K: quick switch</source>
        <translation>Strg+K: Schnellwechsel</translation>
    </message>
</context>
<context>
    <name>tenantdesk::SwitcherModel</name>
    <message>
        <source>Workspace %1 (%2) of %3</source>
        <translation>Arbeitsbereich %1 (%2) von %3</translation>
    </message>
    <message>
        <source>Tenant %1 (%2)</source>
        <translation>Mandant %1 (%2)</translation>
    </message>
    <message>
        <source>Workspace %1 in %2</source>
        <translation>Arbeitsbereich %1 in %2</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenancyListPage</name>
    <message>
        <source>New Tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Could not create the tenant</source>
        <translation>Der Mandant konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Created tenant %1.</source>
        <translation>Mandant %1 angelegt.</translation>
    </message>
    <message>
        <source>Created workspace %1.</source>
        <translation>Arbeitsbereich %1 angelegt.</translation>
    </message>
    <message>
        <source>Could not rename the tenant</source>
        <translation>Der Mandant konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Could not rename the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Renamed the tenant to %1.</source>
        <translation>Mandant in %1 umbenannt.</translation>
    </message>
    <message>
        <source>Renamed the workspace to %1.</source>
        <translation>Arbeitsbereich in %1 umbenannt.</translation>
    </message>
    <message>
        <source>Could not read the tenant&apos;s settings</source>
        <translation>Die Einstellungen des Mandanten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the workspace&apos;s settings</source>
        <translation>Die Einstellungen des Arbeitsbereichs konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Settings of the tenant &lt;b&gt;%1&lt;/b&gt; (%2), stored as a JSON object.</source>
        <translation>Einstellungen des Mandanten &lt;b&gt;%1&lt;/b&gt; (%2), gespeichert als JSON-Objekt.</translation>
    </message>
    <message>
        <source>Settings of the workspace &lt;b&gt;%1&lt;/b&gt; (%2), stored as a JSON object.</source>
        <translation>Einstellungen des Arbeitsbereichs &lt;b&gt;%1&lt;/b&gt; (%2), gespeichert als JSON-Objekt.</translation>
    </message>
    <message>
        <source>Could not save the tenant&apos;s settings</source>
        <translation>Die Einstellungen des Mandanten konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the workspace&apos;s settings</source>
        <translation>Die Einstellungen des Arbeitsbereichs konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not delete the tenant</source>
        <translation>Der Mandant konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not delete the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted tenant %1.</source>
        <translation>Mandant %1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted workspace %1.</source>
        <translation>Arbeitsbereich %1 gelöscht.</translation>
    </message>
    <message>
        <source>&amp;New Tenant…</source>
        <translation>&amp;Neuer Mandant…</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Create a tenant</source>
        <translation>Einen Mandanten anlegen</translation>
    </message>
    <message>
        <source>Create a workspace in the active tenant</source>
        <translation>Einen Arbeitsbereich im aktiven Mandanten anlegen</translation>
    </message>
    <message>
        <source>&amp;Rename Tenant…</source>
        <translation>Mandant &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Rename Workspace…</source>
        <translation>Arbeitsbereich &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected tenant</source>
        <translation>Den ausgewählten Mandanten umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected workspace</source>
        <translation>Den ausgewählten Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>Tenant &amp;Settings…</source>
        <translation>&amp;Einstellungen des Mandanten…</translation>
    </message>
    <message>
        <source>Workspace &amp;Settings…</source>
        <translation>&amp;Einstellungen des Arbeitsbereichs…</translation>
    </message>
    <message>
        <source>Edit the settings of the selected tenant</source>
        <translation>Die Einstellungen des ausgewählten Mandanten bearbeiten</translation>
    </message>
    <message>
        <source>Edit the settings of the selected workspace</source>
        <translation>Die Einstellungen des ausgewählten Arbeitsbereichs bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Tenant…</source>
        <translation>Mandant &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete Workspace…</source>
        <translation>Arbeitsbereich &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected tenant with its workspaces and memberships</source>
        <translation>Den ausgewählten Mandanten mit seinen Arbeitsbereichen und Mitgliedschaften löschen</translation>
    </message>
    <message>
        <source>Delete the selected workspace with its memberships</source>
        <translation>Den ausgewählten Arbeitsbereich mit seinen Mitgliedschaften löschen</translation>
    </message>
    <message>
        <source>Select a tenant first.</source>
        <translation>Wählen Sie zuerst einen Mandanten.</translation>
    </message>
    <message>
        <source>Select a workspace first.</source>
        <translation>Wählen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>Saved the settings of %1.</source>
        <translation>Die Einstellungen von %1 wurden gespeichert.</translation>
    </message>
    <message>
        <source>Rename Tenant %1</source>
        <translation>Mandant %1 umbenennen</translation>
    </message>
    <message>
        <source>Rename Workspace %1</source>
        <translation>Arbeitsbereich %1 umbenennen</translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenancyTypes</name>
    <message>
        <source>A slug is required.</source>
        <translation>Ein Slug ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid slug: use 1 to 63 lower-case letters, digits or dashes, starting with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Slug: Verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern oder Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Ein Name hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The settings must be a JSON object ({...}), not a single value.</source>
        <translation>Die Einstellungen müssen ein JSON-Objekt ({...}) sein, kein einzelner Wert.</translation>
    </message>
    <message>
        <source>The settings are not valid JSON: %1 at offset %2.</source>
        <translation>Die Einstellungen sind kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>deleted user %1</source>
        <translation>gelöschter Benutzer %1</translation>
    </message>
    <message>
        <source>A slug may not contain control or invisible characters, and &quot;%1&quot; holds %2: use 1 to 63 lower-case letters, digits or dashes.</source>
        <translation>Ein Slug darf keine Steuer- oder unsichtbaren Zeichen enthalten, und „%1“ enthält %2: Verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern oder Bindestriche.</translation>
    </message>
    <message>
        <source>A name may not contain control characters, line breaks, direction overrides or invisible characters, and &quot;%1&quot; holds %2.</source>
        <translation>Ein Name darf keine Steuerzeichen, Zeilenumbrüche, Richtungsumkehrungen oder unsichtbaren Zeichen enthalten, und „%1“ enthält %2.</translation>
    </message>
    <message>
        <source>The settings must be a JSON object ({...}), not %1.</source>
        <translation>Die Einstellungen müssen ein JSON-Objekt ({...}) sein, nicht %1.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantExporter</name>
    <message>
        <source>Name the file to export to.</source>
        <translation>Geben Sie die Datei an, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantFootprint</name>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n Mitgliedschaft</numerusform>
            <numerusform>%n Mitgliedschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in table %1 (counted by reading the whole table: no index on its tenant column)</source>
        <translation>
            <numerusform>%n Zeile in Tabelle %1 (gezählt durch Lesen der ganzen Tabelle: kein Index auf ihrer Mandantenspalte)</numerusform>
            <numerusform>%n Zeilen in Tabelle %1 (gezählt durch Lesen der ganzen Tabelle: kein Index auf ihrer Mandantenspalte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in table %1</source>
        <translation>
            <numerusform>%n Zeile in Tabelle %1</numerusform>
            <numerusform>%n Zeilen in Tabelle %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memory entry(s) in namespaces starting with &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Memory-Eintrag in Namensräumen, die mit „%1“ beginnen</numerusform>
            <numerusform>%n Memory-Einträge in Namensräumen, die mit „%1“ beginnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memory entry(s)</source>
        <translation>
            <numerusform>%n Memory-Eintrag</numerusform>
            <numerusform>%n Memory-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant %1 still owns data (%2); it is deleted only together with that data (tenantctl: --with-data), or after moving it to another installation.</source>
        <translation>Mandant %1 besitzt noch Daten (%2); er wird nur zusammen mit diesen Daten gelöscht (tenantctl: --with-data) oder nachdem er in eine andere Installation verschoben wurde.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantImporter</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>This database lacks %1, which the export needs; bring its schema up to the source&apos;s first.</source>
        <translation>Dieser Datenbank fehlt %1, was der Export braucht; bringen Sie ihr Schema zuerst auf den Stand der Quelle.</translation>
    </message>
    <message>
        <source>This database lacks %1, which the export needs; apply these migrations to it first: %2.</source>
        <translation>Dieser Datenbank fehlt %1, was der Export braucht; wenden Sie zuerst diese Migrationen auf sie an: %2.</translation>
    </message>
    <message>
        <source>%1 holds no tenant.</source>
        <translation>%1 enthält keinen Mandanten.</translation>
    </message>
    <message>
        <source>This database has a tenant with the slug &quot;%1&quot; already; nothing was imported.</source>
        <translation>Diese Datenbank hat bereits einen Mandanten mit dem Slug „%1“; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This database has rows with the ids of the exported tenant or its workspaces already (%1); nothing was imported. Import with new ids (tenantctl: --new-ids) to give them new ones.</source>
        <translation>Diese Datenbank hat bereits Zeilen mit den IDs des exportierten Mandanten oder seiner Arbeitsbereiche (%1); es wurde nichts importiert. Importieren Sie mit neuen IDs (tenantctl: --new-ids), um ihnen neue zu geben.</translation>
    </message>
    <message>
        <source>This database has no users with the e-mail addresses %1; nothing was imported. Create them first, or import with new locked users (tenantctl: --create-users).</source>
        <translation>Diese Datenbank hat keine Benutzer mit den E-Mail-Adressen %1; es wurde nichts importiert. Legen Sie sie zuerst an oder importieren Sie mit neuen, gesperrten Benutzern (tenantctl: --create-users).</translation>
    </message>
    <message>
        <source>A row of table %1 collides with a row this database has already (%2); nothing was imported.</source>
        <translation>Eine Zeile der Tabelle %1 kollidiert mit einer Zeile, die diese Datenbank bereits hat (%2); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>After the import, this database has %1 rows of table %2 for the tenant where %3 were added: it held some already. Nothing was imported.</source>
        <translation>Nach dem Import hat diese Datenbank %1 Zeilen der Tabelle %2 für den Mandanten, hinzugefügt wurden aber %3: Einige waren schon vorhanden. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>After the import, the rows of table %1 differ from the export&apos;s; nothing was imported.</source>
        <translation>Nach dem Import weichen die Zeilen der Tabelle %1 von denen des Exports ab; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantMover</name>
    <message>
        <source>The source and the target are the same file.</source>
        <translation>Quelle und Ziel sind dieselbe Datei.</translation>
    </message>
    <message>
        <source>Tenant %1 is on %2 already and differs from the source (%3); neither file was changed.</source>
        <translation>Mandant %1 ist bereits in %2 und weicht von der Quelle ab (%3); keine der beiden Dateien wurde geändert.</translation>
    </message>
    <message>
        <source>Tenant %1 on %2 does not match its export (%3); the source was not changed.</source>
        <translation>Mandant %1 in %2 stimmt nicht mit seinem Export überein (%3); die Quelle wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Tenant %1 changed on the source since the export (%2); it is on %3 as exported and still on the source. Run the move again after removing it from %3.</source>
        <translation>Mandant %1 wurde in der Quelle seit dem Export geändert (%2); er ist in %3 so wie exportiert und noch in der Quelle. Entfernen Sie ihn aus %3 und verschieben Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantService</name>
    <message>
        <source>A tenant with the slug &quot;%1&quot; already exists; choose another slug.</source>
        <translation>Es gibt bereits einen Mandanten mit dem Slug „%1“; wählen Sie einen anderen Slug.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantTransfer</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 rows…</source>
        <translation>%1 von %2 Zeilen …</translation>
    </message>
    <message>
        <source>Export Tenant %1</source>
        <translation>Mandant %1 exportieren</translation>
    </message>
    <message>
        <source>%1.tenant</source>
        <translation>%1.tenant</translation>
    </message>
    <message>
        <source>Tenant exports (*.tenant);;All files (*)</source>
        <translation>Mandantenexporte (*.tenant);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting the tenant</source>
        <translation>Mandant wird exportiert</translation>
    </message>
    <message>
        <source>Exported tenant %1 to %2.</source>
        <translation>Mandant %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Could not export the tenant</source>
        <translation>Der Mandant konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Import Tenant</source>
        <translation>Mandant importieren</translation>
    </message>
    <message>
        <source>Importing %1 adds tenant %2 with these rows:</source>
        <translation>Der Import von %1 fügt den Mandanten %2 mit diesen Zeilen hinzu:</translation>
    </message>
    <message>
        <source>Imported tenant %2 from %1:</source>
        <translation>Mandant %2 aus %1 importiert:</translation>
    </message>
    <message>
        <source>These people are new here and will be created locked: %1.</source>
        <translation>Diese Personen sind hier neu und werden gesperrt angelegt: %1.</translation>
    </message>
    <message>
        <source>Created these people, locked: %1.</source>
        <translation>Diese Personen wurden gesperrt angelegt: %1.</translation>
    </message>
    <message>
        <source>Could not import the tenant</source>
        <translation>Der Mandant konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Checking the tenant export</source>
        <translation>Mandantenexport wird geprüft</translation>
    </message>
    <message>
        <source>Importing the tenant</source>
        <translation>Mandant wird importiert</translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantsPage</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Search tenant names and slugs (Ctrl+F)</source>
        <translation>Namen und Slugs von Mandanten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>No tenant you can see matches this search.</source>
        <translation>Kein Mandant, den Sie sehen dürfen, passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>No tenants yet: create the first one with New Tenant.</source>
        <translation>Noch keine Mandanten: Legen Sie den ersten mit „Neuer Mandant“ an.</translation>
    </message>
    <message>
        <source>You have no role in any tenant yet.</source>
        <translation>Sie haben noch in keinem Mandanten eine Rolle.</translation>
    </message>
    <message>
        <source>A tenant is one customer or organisation. Its slug is how aistack and tenantctl refer to it and cannot be changed later.</source>
        <translation>Ein Mandant ist ein Kunde oder eine Organisation. Über seinen Slug verweisen aistack und tenantctl auf ihn; er kann später nicht mehr geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n Mandant</numerusform>
            <numerusform>%n Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport Tenant…</source>
        <translation>Mandant e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export the selected tenant with its data into one file</source>
        <translation>Den ausgewählten Mandanten mit seinen Daten in eine Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Import Tenant…</source>
        <translation>Mandant &amp;importieren …</translation>
    </message>
    <message>
        <source>Add a tenant from an export file to this database</source>
        <translation>Einen Mandanten aus einer Exportdatei zu dieser Datenbank hinzufügen</translation>
    </message>
    <message>
        <source>Select a tenant first.</source>
        <translation>Wählen Sie zuerst einen Mandanten aus.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::UserDirectory</name>
    <message>
        <source>A username has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Ein Benutzername hat 2 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Ein Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::UserListModel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Global role</source>
        <translation>Globale Rolle</translation>
    </message>
    <message>
        <source>Locked: %1 cannot sign in to aistack or TenantDesk until a global admin unlocks the account.</source>
        <translation>Gesperrt: %1 kann sich nicht bei aistack oder TenantDesk anmelden, bis ein globaler Administrator das Konto entsperrt.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tenantdesk::UserService</name>
    <message>
        <source>There is no user &quot;%1&quot; that you may see.</source>
        <translation>Es gibt keinen Benutzer „%1“, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Could not hash the password (libxcrypt refused).</source>
        <translation>Das Passwort konnte nicht gehasht werden (libxcrypt hat abgelehnt).</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is taken: choose another one.</source>
        <translation>Der Benutzername „%1“ ist vergeben: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; belongs to another user.</source>
        <translation>Die E-Mail-Adresse „%1“ gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; or the e-mail address &quot;%2&quot; is taken.</source>
        <translation>Der Benutzername „%1“ oder die E-Mail-Adresse „%2“ ist vergeben.</translation>
    </message>
    <message>
        <source>This session is not signed in as a user.</source>
        <translation>Diese Sitzung ist nicht als Benutzer angemeldet.</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>Das aktuelle Passwort ist falsch; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Give a new username, a new e-mail address or both.</source>
        <translation>Geben Sie einen neuen Benutzernamen, eine neue E-Mail-Adresse oder beides an.</translation>
    </message>
    <message>
        <source>%1 is the last tenant_admin of %2: make someone else tenant_admin there first.</source>
        <translation>%1 ist der letzte tenant_admin von %2: Machen Sie dort zuerst jemand anderen zum tenant_admin.</translation>
    </message>
    <message>
        <source>%1 is the last global admin who can sign in, so making them %2 would leave the database without one: make someone else a global admin first.</source>
        <translation>%1 ist der letzte globale Administrator, der sich anmelden kann; ihn zu %2 zu machen, ließe die Datenbank ohne einen: Machen Sie zuerst jemand anderen zum globalen Administrator.</translation>
    </message>
    <message>
        <source>%1 is the last global admin who can sign in, so locking them would leave the database without one: make someone else a global admin first.</source>
        <translation>%1 ist der letzte globale Administrator, der sich anmelden kann; ihn zu sperren, ließe die Datenbank ohne einen: Machen Sie zuerst jemand anderen zum globalen Administrator.</translation>
    </message>
    <message>
        <source>%1 is the last global admin who can sign in, so deleting them would leave the database without one: make someone else a global admin first.</source>
        <translation>%1 ist der letzte globale Administrator, der sich anmelden kann; ihn zu löschen, ließe die Datenbank ohne einen: Machen Sie zuerst jemand anderen zum globalen Administrator.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::WorkspacesPage</name>
    <message>
        <source>Search workspace names and slugs (Ctrl+F)</source>
        <translation>Namen und Slugs von Arbeitsbereichen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Switch to a tenant first.</source>
        <translation>Wechseln Sie zuerst zu einem Mandanten.</translation>
    </message>
    <message>
        <source>Workspaces of %1</source>
        <translation>Arbeitsbereiche von %1</translation>
    </message>
    <message>
        <source>Switch to a tenant (Ctrl+K) to see its workspaces.</source>
        <translation>Wechseln Sie zu einem Mandanten (Strg+K), um seine Arbeitsbereiche zu sehen.</translation>
    </message>
    <message>
        <source>No workspace you can see matches this search.</source>
        <translation>Kein Arbeitsbereich, den Sie sehen dürfen, passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>This tenant has no workspace you can see.</source>
        <translation>Dieser Mandant hat keinen Arbeitsbereich, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>A new workspace in &lt;b&gt;%1&lt;/b&gt;. Its slug is unique within the tenant and cannot be changed later.</source>
        <translation>Ein neuer Arbeitsbereich in &lt;b&gt;%1&lt;/b&gt;. Sein Slug ist innerhalb des Mandanten eindeutig und kann später nicht mehr geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::AuditCommand</name>
    <message>
        <source>At most N entries, newest first (default 50).</source>
        <translation>Höchstens N Einträge, neueste zuerst (Standard: 50).</translation>
    </message>
    <message>
        <source>Only entries of this event type.</source>
        <translation>Nur Einträge dieses Ereignistyps.</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>PAYLOAD</source>
        <translation>NUTZDATEN</translation>
    </message>
    <message>
        <source>Entry %1: %2.</source>
        <translation>Eintrag %1: %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is broken at entry %1 after %2 sound entries, in %n place(s) in all.</source>
        <translation>
            <numerusform>Die Prüfkette ist bei Eintrag %1 nach %2 einwandfreien Einträgen unterbrochen, an insgesamt %n Stelle.</numerusform>
            <numerusform>Die Prüfkette ist bei Eintrag %1 nach %2 einwandfreien Einträgen unterbrochen, an insgesamt %n Stellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Die Prüfkette ist intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>Die Prüfkette ist intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the entries of this tenant (slug or id).</source>
        <translation>Nur die Einträge dieses Mandanten (Slug oder ID).</translation>
    </message>
    <message>
        <source>Only entries whose actor contains this text (any case).</source>
        <translation>Nur Einträge, deren Akteur diesen Text enthält (Groß-/Kleinschreibung egal).</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::BackupCommand</name>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>Keine Sicherungen in %1.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Sicherungen in %1, neueste zuerst:</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Restored %1 into %2. What it replaced is saved as %3.</source>
        <translation>%1 nach %2 wiederhergestellt. Der ersetzte Inhalt ist als %3 gesichert.</translation>
    </message>
    <message>
        <source>The backup folder (default: a private folder per database in your data folder).</source>
        <translation>Der Sicherungsordner (Standard: ein privater Ordner je Datenbank in Ihrem Datenordner).</translation>
    </message>
    <message>
        <source>Keep the newest N backups of the database (default: the setting, 10; 0 keeps all).</source>
        <translation>Die neuesten N Sicherungen der Datenbank behalten (Standard: die Einstellung, 10; 0 behält alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Restore although a server answers the health address (never while another process has the database open).</source>
        <translation>Wiederherstellen, obwohl ein Server unter der Health-Adresse antwortet (nie, solange ein anderer Prozess die Datenbank geöffnet hat).</translation>
    </message>
    <message>
        <source>The aistack health address to ask first (default: $TENANTDESK_HEALTH_URL, else %1; empty or &quot;none&quot;: do not ask).</source>
        <translation>Die aistack-Health-Adresse, die zuerst gefragt wird (Standard: $TENANTDESK_HEALTH_URL, sonst %1; leer oder „none“: nicht fragen).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--keep takes a number of backups, 0 or more.</source>
        <translation>--keep erwartet eine Anzahl von Sicherungen, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) kept in %1.</source>
        <translation>
            <numerusform>%n Sicherung in %1 behalten.</numerusform>
            <numerusform>%n Sicherungen in %1 behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore is recorded in the audit chain, naming the head of the chain it replaced: seq %1, hash %2.</source>
        <translation>Die Wiederherstellung ist in der Prüfkette festgehalten, mit dem Kopf der ersetzten Kette: seq %1, Hash %2.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::CliContext</name>
    <message>
        <source>The database file (default: $TENANTDESK_DB, else the GUI&apos;s default database).</source>
        <translation>Die Datenbankdatei (Standard: $TENANTDESK_DB, sonst die Standarddatenbank der GUI).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Sign in as this user (username or e-mail).</source>
        <translation>Als dieser Benutzer anmelden (Benutzername oder E-Mail).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation>Maschinenlesbares JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>This database has users: name one with --user.</source>
        <translation>Diese Datenbank hat Benutzer: Geben Sie einen mit --user an.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password: set TENANTDESK_PASSWORD or run in a terminal.</source>
        <translation>Kein Passwort: Setzen Sie TENANTDESK_PASSWORD oder starten Sie in einem Terminal.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Also print the log on stderr (by default only the error, in one sentence).</source>
        <translation>Auch das Protokoll auf stderr ausgeben (standardmäßig nur den Fehler, in einem Satz).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::CliDocs</name>
    <message>
        <source>User Commands</source>
        <translation>Benutzerbefehle</translation>
    </message>
    <message>
        <source>administer the tenants, workspaces, memberships and schema of an aistack database</source>
        <translation>Mandanten, Arbeitsbereiche, Mitgliedschaften und Schema einer aistack-Datenbank verwalten</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>tenantctl does from a terminal, for scripts and CI, what the TenantDesk application does in its window: it administers the tenants, workspaces, memberships, users, audit chain and schema of an aistack SQLite database, while aistack&apos;s server may be using the file.</source>
        <translation>tenantctl leistet im Terminal, für Skripte und CI, was die Anwendung TenantDesk in ihrem Fenster leistet: Es verwaltet Mandanten, Arbeitsbereiche, Mitgliedschaften, Benutzer, Prüfkette und Schema einer aistack-SQLite-Datenbank, während der aistack-Server die Datei verwenden darf.</translation>
    </message>
    <message>
        <source>Where the database has users, every command signs in as one of them (--user) and that user&apos;s rights apply; the password comes from TENANTDESK_PASSWORD or a prompt that does not echo, never from an argument. Errors go to standard error as one sentence; with --json, results are printed on standard output as JSON.</source>
        <translation>Hat die Datenbank Benutzer, meldet sich jeder Befehl als einer von ihnen an (--user), und es gelten dessen Rechte; das Passwort kommt aus TENANTDESK_PASSWORD oder einer Eingabe ohne Echo, nie aus einem Argument. Fehler gehen als ein Satz auf die Standardfehlerausgabe; mit --json werden Ergebnisse als JSON auf der Standardausgabe ausgegeben.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Each command and sub-command prints its own options with --help.</source>
        <translation>Jeder Befehl und Unterbefehl gibt mit --help seine eigenen Optionen aus.</translation>
    </message>
    <message>
        <source>Global options</source>
        <translation>Globale Optionen</translation>
    </message>
    <message>
        <source>These options are accepted before or after the command&apos;s name.</source>
        <translation>Diese Optionen werden vor oder nach dem Namen des Befehls angenommen.</translation>
    </message>
    <message>
        <source>Print the commands, or the usage of the command given, and exit.</source>
        <translation>Die Befehle oder den Aufruf des angegebenen Befehls ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The database file when --db is not given.</source>
        <translation>Die Datenbankdatei, wenn --db nicht angegeben ist.</translation>
    </message>
    <message>
        <source>The password to sign in with; without it, tenantctl asks on the terminal.</source>
        <translation>Das Passwort für die Anmeldung; ohne es fragt tenantctl im Terminal nach.</translation>
    </message>
    <message>
        <source>The folder of the bundled migrations, instead of the installed one.</source>
        <translation>Der Ordner der mitgelieferten Migrationen, statt des installierten.</translation>
    </message>
    <message>
        <source>A key of at least 32 bytes: audit entries are then signed with HMAC-SHA256.</source>
        <translation>Ein Schlüssel von mindestens 32 Bytes: Einträge im Prüfprotokoll werden dann mit HMAC-SHA256 signiert.</translation>
    </message>
    <message>
        <source>Logging rules of Qt, e.g. &quot;tenantdesk.*.debug=true&quot;. tenantctl logs only warnings unless these rules turn more on.</source>
        <translation>Protokollierungsregeln von Qt, z. B. „tenantdesk.*.debug=true“. tenantctl protokolliert nur Warnungen, sofern diese Regeln nicht mehr einschalten.</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Rückgabewert</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <source>Failure.</source>
        <translation>Fehlschlag.</translation>
    </message>
    <message>
        <source>Usage error or invalid input.</source>
        <translation>Aufruffehler oder ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Authentication failed or permission denied.</source>
        <translation>Anmeldung fehlgeschlagen oder keine Berechtigung.</translation>
    </message>
    <message>
        <source>Not found (also for a target the signed-in user may not see).</source>
        <translation>Nicht gefunden (auch für ein Ziel, das der angemeldete Benutzer nicht sehen darf).</translation>
    </message>
    <message>
        <source>Conflict: a duplicate, the last admin, an irreversible step, data loss not allowed, or another process using the file.</source>
        <translation>Konflikt: ein Duplikat, der letzte Administrator, ein nicht umkehrbarer Schritt, nicht erlaubter Datenverlust oder ein anderer Prozess, der die Datei verwendet.</translation>
    </message>
    <message>
        <source>Busy: try again later (EX_TEMPFAIL).</source>
        <translation>Belegt: Versuchen Sie es später erneut (EX_TEMPFAIL).</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The default database, the one the TenantDesk application opens ($XDG_DATA_HOME instead of ~/.local/share where set).</source>
        <translation>Die Standarddatenbank, die auch die Anwendung TenantDesk öffnet ($XDG_DATA_HOME statt ~/.local/share, wenn gesetzt).</translation>
    </message>
    <message>
        <source>The bundled migrations that tenantctl migrate applies.</source>
        <translation>Die mitgelieferten Migrationen, die tenantctl migrate anwendet.</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Siehe auch</translation>
    </message>
    <message>
        <source>tenantdesk(1); the guide to tenantctl in /usr/share/doc/tenantdesk/docs/tenantctl.md.</source>
        <translation>tenantdesk(1); die Anleitung zu tenantctl in /usr/share/doc/tenantdesk/docs/tenantctl.md.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::CommandTable</name>
    <message>
        <source>Create the first global admin.</source>
        <translation>Den ersten globalen Administrator anlegen.</translation>
    </message>
    <message>
        <source>Show, apply or revert schema migrations.</source>
        <translation>Schemamigrationen anzeigen, anwenden oder zurücknehmen.</translation>
    </message>
    <message>
        <source>Back up the database, list its backups or restore one.</source>
        <translation>Die Datenbank sichern, ihre Sicherungen auflisten oder eine wiederherstellen.</translation>
    </message>
    <message>
        <source>List, show, create, rename, configure or delete tenants.</source>
        <translation>Mandanten auflisten, anzeigen, anlegen, umbenennen, konfigurieren oder löschen.</translation>
    </message>
    <message>
        <source>List, create, rename, configure or delete workspaces.</source>
        <translation>Arbeitsbereiche auflisten, anlegen, umbenennen, konfigurieren oder löschen.</translation>
    </message>
    <message>
        <source>List, grant or revoke memberships.</source>
        <translation>Mitgliedschaften auflisten, vergeben oder entziehen.</translation>
    </message>
    <message>
        <source>List, show, create, lock, reset or delete users.</source>
        <translation>Benutzer auflisten, anzeigen, anlegen, sperren, zurücksetzen oder löschen.</translation>
    </message>
    <message>
        <source>Show who you are and your roles per tenant.</source>
        <translation>Anzeigen, wer Sie sind und welche Rollen Sie je Mandant haben.</translation>
    </message>
    <message>
        <source>May USER do ACTION on TARGET, and by which rule?</source>
        <translation>Darf BENUTZER die AKTION auf ZIEL ausführen, und nach welcher Regel?</translation>
    </message>
    <message>
        <source>Create the default tenant and give every user a membership.</source>
        <translation>Den Standardmandanten anlegen und jedem Benutzer eine Mitgliedschaft geben.</translation>
    </message>
    <message>
        <source>List or verify the audit chain.</source>
        <translation>Die Prüfprotokollkette auflisten oder prüfen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::Dispatch</name>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>tenantctl %1 needs a command: %2.</source>
        <translation>tenantctl %1 braucht einen Befehl: %2.</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;: use %3.</source>
        <translation>Unbekannter %1-Befehl „%2“: Verwenden Sie %3.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Every command takes --db PATH, --user NAME, --json and --verbose.</source>
        <translation>Jeder Befehl nimmt --db PFAD, --user NAME, --json und --verbose an.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::HealthCheck</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::InitCommand</name>
    <message>
        <source>Create the users table (if missing) and the first global admin.</source>
        <translation>Die Tabelle users anlegen (falls sie fehlt) und den ersten globalen Administrator.</translation>
    </message>
    <message>
        <source>Username of the admin.</source>
        <translation>Benutzername des Administrators.</translation>
    </message>
    <message>
        <source>E-mail of the admin.</source>
        <translation>E-Mail-Adresse des Administrators.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Created administrator %1.</source>
        <translation>Administrator %1 angelegt.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::Lookup</name>
    <message>
        <source>Tenant &quot;%1&quot; has no workspace &quot;%2&quot; that you may see.</source>
        <translation>Der Mandant „%1“ hat keinen Arbeitsbereich „%2“, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use member, workspace_admin or tenant_admin.</source>
        <translation>„%1“ ist keine Rolle: Verwenden Sie member, workspace_admin oder tenant_admin.</translation>
    </message>
    <message>
        <source>--%1 takes a positive number, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine positive Zahl, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::Main</name>
    <message>
        <source>Administer the tenants, workspaces, memberships and schema of an aistack database.</source>
        <translation>Verwaltet die Mandanten, Arbeitsbereiche, Mitgliedschaften und das Schema einer aistack-Datenbank.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>No command given; run tenantctl --help for the list.</source>
        <translation>Kein Befehl angegeben; tenantctl --help zeigt die Liste.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; run tenantctl --help for the list.</source>
        <translation>Unbekannter Befehl „%1“; tenantctl --help zeigt die Liste.</translation>
    </message>
    <message>
        <source>%1 Audit entries are written unsigned.</source>
        <translation>%1 Einträge im Prüfprotokoll werden unsigniert geschrieben.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::MemberCommand</name>
    <message>
        <source>The workspace (default: tenant-wide).</source>
        <translation>Der Arbeitsbereich (Standard: mandantenweit).</translation>
    </message>
    <message>
        <source>tenant %1 (tenant-wide)</source>
        <translation>Mandant %1 (mandantenweit)</translation>
    </message>
    <message>
        <source>workspace %1/%2</source>
        <translation>Arbeitsbereich %1/%2</translation>
    </message>
    <message>
        <source>Only tenant-wide grants.</source>
        <translation>Nur mandantenweite Berechtigungen.</translation>
    </message>
    <message>
        <source>Only usernames or e-mails containing TEXT.</source>
        <translation>Nur Benutzernamen oder E-Mail-Adressen, die TEXT enthalten.</translation>
    </message>
    <message>
        <source>At most N memberships.</source>
        <translation>Höchstens N Mitgliedschaften.</translation>
    </message>
    <message>
        <source>The tenant.</source>
        <translation>Der Mandant.</translation>
    </message>
    <message>
        <source>Give either --workspace or --tenant-wide, not both.</source>
        <translation>Geben Sie entweder --workspace oder --tenant-wide an, nicht beides.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>GELTUNGSBEREICH</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>No memberships that you may see.</source>
        <translation>Keine Mitgliedschaften, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>(tenant-wide)</source>
        <translation>(mandantenweit)</translation>
    </message>
    <message>
        <source>Username or e-mail.</source>
        <translation>Benutzername oder E-Mail.</translation>
    </message>
    <message>
        <source>member, workspace_admin or tenant_admin.</source>
        <translation>member, workspace_admin oder tenant_admin.</translation>
    </message>
    <message>
        <source>Granted %1 on %2 to %3.</source>
        <translation>%1 für %2 an %3 vergeben.</translation>
    </message>
    <message>
        <source>Changed %1&apos;s role on %2 from %3 to %4.</source>
        <translation>Rolle von %1 für %2 von %3 in %4 geändert.</translation>
    </message>
    <message>
        <source>%1 already holds %2 on %3; nothing changed.</source>
        <translation>%1 hat bereits %2 für %3; nichts geändert.</translation>
    </message>
    <message>
        <source>Revoked %1&apos;s %2 role on %3.</source>
        <translation>Rolle %2 von %1 für %3 entzogen.</translation>
    </message>
    <message>
        <source>Removed %1 from tenant %2.</source>
        <translation>%1 aus dem Mandanten %2 entfernt.</translation>
    </message>
    <message>
        <source>Username, e-mail, or the id of a deleted user who still holds a membership.</source>
        <translation>Benutzername, E-Mail-Adresse oder die ID eines gelöschten Benutzers, der noch eine Mitgliedschaft hat.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Every tenant with orphaned memberships that you may see.</source>
        <translation>Jeder Mandant mit verwaisten Mitgliedschaften, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>List the orphaned memberships; change nothing.</source>
        <translation>Die verwaisten Mitgliedschaften auflisten; nichts ändern.</translation>
    </message>
    <message>
        <source>Would remove %1&apos;s %2 role on %3.</source>
        <translation>Würde die Rolle %2 von %1 in %3 entfernen.</translation>
    </message>
    <message>
        <source>Removed %1&apos;s %2 role on %3.</source>
        <translation>Die Rolle %2 von %1 in %3 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned membership(s) would be removed; nothing changed.</source>
        <translation>
            <numerusform>%n verwaiste Mitgliedschaft würde entfernt; nichts geändert.</numerusform>
            <numerusform>%n verwaiste Mitgliedschaften würden entfernt; nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n orphaned membership(s).</source>
        <translation>
            <numerusform>%n verwaiste Mitgliedschaft entfernt.</numerusform>
            <numerusform>%n verwaiste Mitgliedschaften entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tenant with duplicate tenant-wide rows that you may see.</source>
        <translation>Jeder Mandant mit doppelten mandantenweiten Zeilen, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Say what would be merged; change nothing.</source>
        <translation>Sagen, was zusammengeführt würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Would merge %1&apos;s %2 tenant-wide rows of %3 (%4) into one %5.</source>
        <translation>Würde die %2 mandantenweiten Zeilen von %1 in %3 (%4) zu einer Rolle %5 zusammenführen.</translation>
    </message>
    <message>
        <source>Merged %1&apos;s %2 tenant-wide rows of %3 (%4) into one %5.</source>
        <translation>Die %2 mandantenweiten Zeilen von %1 in %3 (%4) zu einer Rolle %5 zusammengeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with duplicate tenant-wide rows would be merged; nothing changed.</source>
        <translation>
            <numerusform>Die doppelten mandantenweiten Zeilen von %n Benutzer würden zusammengeführt; nichts geändert.</numerusform>
            <numerusform>Die doppelten mandantenweiten Zeilen von %n Benutzern würden zusammengeführt; nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged the duplicate tenant-wide rows of %n user(s).</source>
        <translation>
            <numerusform>Die doppelten mandantenweiten Zeilen von %n Benutzer zusammengeführt.</numerusform>
            <numerusform>Die doppelten mandantenweiten Zeilen von %n Benutzern zusammengeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::MemberCsvCommand</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>Import the good rows and report the others (default: all or nothing).</source>
        <translation>Die gültigen Zeilen importieren und die anderen melden (Standard: alles oder nichts).</translation>
    </message>
    <message>
        <source>Say what each row would do; change nothing.</source>
        <translation>Sagen, was jede Zeile bewirken würde; nichts ändern.</translation>
    </message>
    <message>
        <source>The tenant.</source>
        <translation>Der Mandant.</translation>
    </message>
    <message>
        <source>CSV with user, workspace slug (empty: tenant-wide), role; &quot;-&quot; reads standard input.</source>
        <translation>CSV mit Benutzer, Arbeitsbereich-Slug (leer: mandantenweit), Rolle; „-“ liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Give either --skip-failures or --dry-run, not both.</source>
        <translation>Geben Sie entweder --skip-failures oder --dry-run an, nicht beides.</translation>
    </message>
    <message>
        <source>(tenant-wide)</source>
        <translation>(mandantenweit)</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ARBEITSBEREICH</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation>In %1 importiert: %2.</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1.</source>
        <translation>Probelauf, nichts geändert: %1.</translation>
    </message>
    <message>
        <source>The import would change nothing: %1.</source>
        <translation>Der Import würde nichts ändern: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1; fix them or use --skip-failures.</source>
        <translation>Es wurde nichts importiert: %1; beheben Sie die Fehler oder verwenden Sie --skip-failures.</translation>
    </message>
    <message>
        <source>Only the grants of this workspace.</source>
        <translation>Nur die Berechtigungen dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>In DATEI schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed (%1); the first, line %2: %3</source>
        <translation>
            <numerusform>%n Zeile fehlgeschlagen (%1); die erste, Zeile %2: %3</numerusform>
            <numerusform>%n Zeilen fehlgeschlagen (%1); die erste, Zeile %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n membership(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Mitgliedschaft von %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Mitgliedschaften von %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::MigrateCommand</name>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Target: a number (everything numbered up to it applied, 0 for none) or a migration name such as 008_multitenant.</source>
        <translation>Ziel: eine Nummer (alles bis zu ihr Nummerierte angewendet, 0 für nichts) oder ein Migrationsname wie 008_multitenant.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ziel</translation>
    </message>
    <message>
        <source>Do not back the database up before the run.</source>
        <translation>Die Datenbank vor dem Lauf nicht sichern.</translation>
    </message>
    <message>
        <source>retrofit: a domain table to give a tenant_id (repeatable).</source>
        <translation>retrofit: eine Fachtabelle, die eine tenant_id bekommt (mehrfach möglich).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>retrofit: add workspace_id as well.</source>
        <translation>retrofit: zusätzlich workspace_id hinzufügen.</translation>
    </message>
    <message>
        <source>retrofit: the migration file to write.</source>
        <translation>retrofit: die zu schreibende Migrationsdatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>No migrations in %1.</source>
        <translation>Keine Migrationen in %1.</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reversible</source>
        <translation>Umkehrbar</translation>
    </message>
    <message>
        <source>Applied at (UTC) by</source>
        <translation>Angewendet am (UTC) von</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
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
        <source>Modified migrations block every run until the change is undone or accepted with &quot;tenantctl migrate repair&quot;.</source>
        <translation>Geänderte Migrationen blockieren jeden Lauf, bis die Änderung rückgängig gemacht oder mit „tenantctl migrate repair“ übernommen wird.</translation>
    </message>
    <message>
        <source>Nothing to do: the database is already there.</source>
        <translation>Nichts zu tun: Die Datenbank ist bereits auf diesem Stand.</translation>
    </message>
    <message>
        <source>Dry run on a temporary copy; the database itself was not changed.</source>
        <translation>Probelauf auf einer temporären Kopie; die Datenbank selbst wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Would apply %1: ok in %2 ms (%3, %4 rows changed).</source>
        <translation>Würde %1 anwenden: ok in %2 ms (%3, %4 Zeilen geändert).</translation>
    </message>
    <message>
        <source>Would revert %1: ok in %2 ms (%3, %4 rows changed).</source>
        <translation>Würde %1 zurücknehmen: ok in %2 ms (%3, %4 Zeilen geändert).</translation>
    </message>
    <message>
        <source>Applied %1 in %2 ms (%3, %4 rows changed).</source>
        <translation>%1 in %2 ms angewendet (%3, %4 Zeilen geändert).</translation>
    </message>
    <message>
        <source>Reverted %1 in %2 ms (%3, %4 rows changed).</source>
        <translation>%1 in %2 ms zurückgenommen (%3, %4 Zeilen geändert).</translation>
    </message>
    <message>
        <source>Would fail at %1; the steps after it were not tried.</source>
        <translation>Würde bei %1 fehlschlagen; die Schritte danach wurden nicht versucht.</translation>
    </message>
    <message>
        <source>--%1 does not apply to migrate %2.</source>
        <translation>--%1 gilt nicht für migrate %2.</translation>
    </message>
    <message>
        <source>Usage: tenantctl migrate baseline --to TARGET</source>
        <translation>Aufruf: tenantctl migrate baseline --to ZIEL</translation>
    </message>
    <message>
        <source>Nothing to record: every migration up to the target is already applied.</source>
        <translation>Nichts zu vermerken: Jede Migration bis zum Ziel ist bereits angewendet.</translation>
    </message>
    <message>
        <source>Recorded %1 as applied, without running it.</source>
        <translation>%1 als angewendet vermerkt, ohne sie auszuführen.</translation>
    </message>
    <message>
        <source>Nothing to repair: no applied migration was changed.</source>
        <translation>Nichts zu reparieren: Keine angewendete Migration wurde geändert.</translation>
    </message>
    <message>
        <source>Accepted the changed %1: its new checksum is recorded.</source>
        <translation>Die geänderte %1 wurde übernommen: Ihre neue Prüfsumme ist vermerkt.</translation>
    </message>
    <message>
        <source>Usage: tenantctl migrate retrofit --table TABLE [--table TABLE2] [--workspace] --out NNN_name.sql</source>
        <translation>Aufruf: tenantctl migrate retrofit --table TABELLE [--table TABELLE2] [--workspace] --out NNN_name.sql</translation>
    </message>
    <message>
        <source>--out must name a migration file such as 010_tenant_scope.sql, or the engine would not find it.</source>
        <translation>--out muss eine Migrationsdatei wie 010_tenant_scope.sql nennen, sonst findet die Engine sie nicht.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 exists already; it was not overwritten.</source>
        <translation>%1 existiert bereits; die Datei wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A migrations folder (default: the bundled migrations). Repeat it to merge several folders into one plan, e.g. the bundled ones, aistack&apos;s and your own.</source>
        <translation>Ein Migrationsordner (Standard: die mitgelieferten Migrationen). Wiederholen Sie die Option, um mehrere Ordner zu einem Plan zusammenzuführen, z. B. die mitgelieferten, die von aistack und Ihre eigenen.</translation>
    </message>
    <message>
        <source>Run the whole plan on a temporary copy and count what each migration would destroy; the database is not touched.</source>
        <translation>Den ganzen Plan auf einer temporären Kopie ausführen und zählen, was jede Migration zerstören würde; die Datenbank bleibt unberührt.</translation>
    </message>
    <message>
        <source>Where the backup before a run goes (default: a private folder per database in your data folder).</source>
        <translation>Wohin die Sicherung vor einem Lauf geht (Standard: ein privater Ordner je Datenbank in Ihrem Datenordner).</translation>
    </message>
    <message>
        <source>Keep the newest N backups of the database after the run&apos;s backup (default: the setting, 10; 0 keeps all).</source>
        <translation>Nach der Sicherung des Laufs die neuesten N Sicherungen der Datenbank behalten (Standard: die Einstellung, 10; 0 behält alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Run even though the plan destroys rows, values or tables (counted on a copy first).</source>
        <translation>Ausführen, obwohl der Plan Zeilen, Werte oder Tabellen zerstört (zuvor auf einer Kopie gezählt).</translation>
    </message>
    <message>
        <source>Go on although another process has the database open or a server answers the health address.</source>
        <translation>Fortfahren, obwohl ein anderer Prozess die Datenbank geöffnet hat oder ein Server unter der Health-Adresse antwortet.</translation>
    </message>
    <message>
        <source>The aistack health address to ask before changing the database (default: $TENANTDESK_HEALTH_URL, else %1; empty or &quot;none&quot;: do not ask).</source>
        <translation>Die aistack-Health-Adresse, die vor einer Änderung der Datenbank gefragt wird (Standard: $TENANTDESK_HEALTH_URL, sonst %1; leer oder „none“: nicht fragen).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Ignored %1: %2.</source>
        <translation>%1 ignoriert: %2.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <source>--keep takes a number of backups, 0 or more.</source>
        <translation>--keep erwartet eine Anzahl von Sicherungen, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Went on as forced: %1</source>
        <translation>Wie erzwungen fortgefahren: %1</translation>
    </message>
    <message>
        <source>Would apply %1: ok in %2 ms (%3; destroys %4).</source>
        <translation>Würde %1 anwenden: ok in %2 ms (%3; zerstört %4).</translation>
    </message>
    <message>
        <source>Would revert %1: ok in %2 ms (%3; destroys %4).</source>
        <translation>Würde %1 zurücknehmen: ok in %2 ms (%3; zerstört %4).</translation>
    </message>
    <message>
        <source>Applied %1 in %2 ms (%3; destroyed %4, as counted on a copy just before).</source>
        <translation>%1 in %2 ms angewendet (%3; %4 zerstört, wie kurz zuvor auf einer Kopie gezählt).</translation>
    </message>
    <message>
        <source>Reverted %1 in %2 ms (%3; destroyed %4, as counted on a copy just before).</source>
        <translation>%1 in %2 ms zurückgenommen (%3; %4 zerstört, wie kurz zuvor auf einer Kopie gezählt).</translation>
    </message>
    <message>
        <source>Wrote %1. Review it, then apply it with: tenantctl migrate up --dir %2 --dir %3</source>
        <translation>%1 geschrieben. Prüfen Sie die Datei und wenden Sie sie dann an mit: tenantctl migrate up --dir %2 --dir %3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL: %1</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::Output</name>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::ProvisionCommand</name>
    <message>
        <source>Slug of the default tenant (default: %1).</source>
        <translation>Slug des Standardmandanten (Standard: %1).</translation>
    </message>
    <message>
        <source>Slug of its default workspace (default: %1).</source>
        <translation>Slug seines Standardarbeitsbereichs (Standard: %1).</translation>
    </message>
    <message>
        <source>Name of the tenant when it is created (default: %1).</source>
        <translation>Name des Mandanten, wenn er angelegt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>Name of the workspace when it is created (default: %1).</source>
        <translation>Name des Arbeitsbereichs, wenn er angelegt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>One role for every user (default: tenant_admin for global admins, member for everyone else).</source>
        <translation>Eine Rolle für jeden Benutzer (Standard: tenant_admin für globale Administratoren, member für alle anderen).</translation>
    </message>
    <message>
        <source>Nothing to do: tenant %1, workspace %1/%2 and every user&apos;s membership already exist.</source>
        <translation>Nichts zu tun: Mandant %1, Arbeitsbereich %1/%2 und die Mitgliedschaften aller Benutzer existieren bereits.</translation>
    </message>
    <message>
        <source>Created tenant %1.</source>
        <translation>Mandant %1 angelegt.</translation>
    </message>
    <message>
        <source>Created workspace %1/%2.</source>
        <translation>Arbeitsbereich %1/%2 angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Granted %n membership(s) in tenant %1.</source>
        <translation>
            <numerusform>%n Mitgliedschaft im Mandanten %1 vergeben.</numerusform>
            <numerusform>%n Mitgliedschaften im Mandanten %1 vergeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::TenantCommand</name>
    <message>
        <source>Only names or slugs containing TEXT.</source>
        <translation>Nur Namen oder Slugs, die TEXT enthalten.</translation>
    </message>
    <message>
        <source>At most N tenants.</source>
        <translation>Höchstens N Mandanten.</translation>
    </message>
    <message>
        <source>No tenants that you may see.</source>
        <translation>Keine Mandanten, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>The tenant.</source>
        <translation>Der Mandant.</translation>
    </message>
    <message>
        <source>Tenant:      %1</source>
        <translation>Mandant:          %1</translation>
    </message>
    <message>
        <source>Name:        %1</source>
        <translation>Name:             %1</translation>
    </message>
    <message>
        <source>Id:          %1</source>
        <translation>ID:               %1</translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation>Angelegt:         %1</translation>
    </message>
    <message>
        <source>Updated:     %1</source>
        <translation>Geändert:         %1</translation>
    </message>
    <message>
        <source>Workspaces:  %1</source>
        <translation>Arbeitsbereiche:  %1</translation>
    </message>
    <message>
        <source>Memberships: %1</source>
        <translation>Mitgliedschaften: %1</translation>
    </message>
    <message>
        <source>Settings:    %1</source>
        <translation>Einstellungen:    %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s name.</source>
        <translation>Der Name des Mandanten.</translation>
    </message>
    <message>
        <source>The tenant&apos;s slug.</source>
        <translation>Der Slug des Mandanten.</translation>
    </message>
    <message>
        <source>Also create a first workspace.</source>
        <translation>Zusätzlich einen ersten Arbeitsbereich anlegen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Created tenant %1 (%2).</source>
        <translation>Mandant %1 (%2) angelegt.</translation>
    </message>
    <message>
        <source>Created workspace %1/%2.</source>
        <translation>Arbeitsbereich %1/%2 angelegt.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>Renamed tenant %1 to &quot;%2&quot;.</source>
        <translation>Mandant %1 in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Replace the settings with this JSON object.</source>
        <translation>Die Einstellungen durch dieses JSON-Objekt ersetzen.</translation>
    </message>
    <message>
        <source>Confirm the deletion.</source>
        <translation>Das Löschen bestätigen.</translation>
    </message>
    <message>
        <source>Deleting tenant %1 also deletes its %2 and %3; add --yes to confirm.</source>
        <translation>Das Löschen des Mandanten %1 löscht auch seine %2 und %3; bestätigen Sie mit --yes.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n Mitgliedschaft</numerusform>
            <numerusform>%n Mitgliedschaften</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted tenant %1 with %2 and %3.</source>
        <translation>Mandant %1 mit %2 und %3 gelöscht.</translation>
    </message>
    <message>
        <source>Also count what the tenant owns: rows of every table with a tenant_id column and memory entries in its namespaces.</source>
        <translation>Auch zählen, was der Mandant besitzt: Zeilen jeder Tabelle mit einer Spalte tenant_id und Memory-Einträge in seinen Namensräumen.</translation>
    </message>
    <message>
        <source>Also delete the tenant&apos;s data rows and memory entries (global admins).</source>
        <translation>Auch die Datenzeilen und Memory-Einträge des Mandanten löschen (globale Administratoren).</translation>
    </message>
    <message>
        <source>Deleting tenant %1 also deletes its %2, %3 and the data it owns; add --yes --with-data to confirm.</source>
        <translation>Das Löschen des Mandanten %1 löscht auch seine %2, %3 und die Daten, die er besitzt; bestätigen Sie mit --yes --with-data.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::TenantDataCommand</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Go on although another process has the target database open or a server answers the health address.</source>
        <translation>Fortfahren, obwohl ein anderer Prozess die Zieldatenbank geöffnet hat oder ein Server unter der Health-Adresse antwortet.</translation>
    </message>
    <message>
        <source>The aistack health address to ask before changing the target (default: $TENANTDESK_HEALTH_URL, else %1; empty or &quot;none&quot;: do not ask).</source>
        <translation>Die aistack-Health-Adresse, die vor dem Ändern des Ziels gefragt wird (Standard: $TENANTDESK_HEALTH_URL, sonst %1; leer oder „none“: nicht fragen).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>How memory namespaces name a tenant and workspace: {tenant} and {workspace} stand for their ids (default: the settings&apos;, else %1).</source>
        <translation>Wie Memory-Namensräume Mandant und Arbeitsbereich benennen: {tenant} und {workspace} stehen für ihre IDs (Standard: das der Einstellungen, sonst %1).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>muster</translation>
    </message>
    <message>
        <source>Footprint:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Also export the members&apos; password hashes.</source>
        <translation>Auch die Passwort-Hashes der Mitglieder exportieren.</translation>
    </message>
    <message>
        <source>The tenant.</source>
        <translation>Der Mandant.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>The export holds the members&apos; password hashes: keep the file as safe as the database itself.</source>
        <translation>Der Export enthält die Passwort-Hashes der Mitglieder: Bewahren Sie die Datei so sicher auf wie die Datenbank selbst.</translation>
    </message>
    <message numerus="yes">
        <source>Exported tenant %1 with %n member(s) to %2.</source>
        <translation>
            <numerusform>Mandant %1 mit %n Mitglied nach %2 exportiert.</numerusform>
            <numerusform>Mandant %1 mit %n Mitgliedern nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report what would be added; change nothing.</source>
        <translation>Berichten, was hinzugefügt würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Create members this database does not know, locked.</source>
        <translation>Mitglieder, die diese Datenbank nicht kennt, gesperrt anlegen.</translation>
    </message>
    <message>
        <source>Give the tenant and its workspaces new ids when theirs are taken.</source>
        <translation>Dem Mandanten und seinen Arbeitsbereichen neue IDs geben, wenn ihre vergeben sind.</translation>
    </message>
    <message>
        <source>The export file.</source>
        <translation>Die Exportdatei.</translation>
    </message>
    <message>
        <source>Dry run: importing %1 would add tenant %2 (%3):</source>
        <translation>Probelauf: Der Import von %1 würde den Mandanten %2 (%3) hinzufügen:</translation>
    </message>
    <message>
        <source>Imported %1: added tenant %2 (%3):</source>
        <translation>%1 importiert: Mandant %2 (%3) hinzugefügt:</translation>
    </message>
    <message>
        <source>Members found by e-mail: %1.</source>
        <translation>Über die E-Mail-Adresse gefundene Mitglieder: %1.</translation>
    </message>
    <message>
        <source>Users created, locked: %1.</source>
        <translation>Gesperrt angelegte Benutzer: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n membership(s) of people the export does not name (deleted users).</source>
        <translation>
            <numerusform>%n Mitgliedschaft von Personen übersprungen, die der Export nicht nennt (gelöschte Benutzer).</numerusform>
            <numerusform>%n Mitgliedschaften von Personen übersprungen, die der Export nicht nennt (gelöschte Benutzer).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database to move the tenant to.</source>
        <translation>Die Datenbank, in die der Mandant verschoben wird.</translation>
    </message>
    <message>
        <source>Confirm deleting the tenant on the source once the target holds it.</source>
        <translation>Das Löschen des Mandanten in der Quelle bestätigen, sobald das Ziel ihn enthält.</translation>
    </message>
    <message>
        <source>Create members the target does not know, locked.</source>
        <translation>Mitglieder, die das Ziel nicht kennt, gesperrt anlegen.</translation>
    </message>
    <message>
        <source>Moving tenant %1 to %2 deletes it on %3 with everything it owns; add --yes to confirm.
%4</source>
        <translation>Das Verschieben des Mandanten %1 nach %2 löscht ihn in %3 mit allem, was er besitzt; bestätigen Sie mit --yes.
%4</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Passwort für %1 in %2: </translation>
    </message>
    <message>
        <source>Tenant %1 was on %2 already, equal to the source.</source>
        <translation>Mandant %1 war bereits in %2, gleich der Quelle.</translation>
    </message>
    <message>
        <source>Moved tenant %1 to %2; the target&apos;s rows match the export:</source>
        <translation>Mandant %1 nach %2 verschoben; die Zeilen im Ziel stimmen mit dem Export überein:</translation>
    </message>
    <message>
        <source>Deleted it on %1.</source>
        <translation>In %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::UserCommand</name>
    <message>
        <source>At most N users.</source>
        <translation>Höchstens N Benutzer.</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>GLOBAL ROLE</source>
        <translation>GLOBALE ROLLE</translation>
    </message>
    <message>
        <source>Not signed in: this database has no users yet. Create the first admin with tenantctl init.</source>
        <translation>Nicht angemeldet: Diese Datenbank hat noch keine Benutzer. Legen Sie den ersten Administrator mit tenantctl init an.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, global role %3</source>
        <translation>%1 &lt;%2&gt;, globale Rolle %3</translation>
    </message>
    <message>
        <source>As a global admin you may do everything in every tenant.</source>
        <translation>Als globaler Administrator dürfen Sie in jedem Mandanten alles.</translation>
    </message>
    <message>
        <source>No roles in any tenant.</source>
        <translation>In keinem Mandanten eine Rolle.</translation>
    </message>
    <message>
        <source>For member.grant-*: the role granted, changed or revoked (default member).</source>
        <translation>Für member.grant-*: die vergebene, geänderte oder entzogene Rolle (Standard: member).</translation>
    </message>
    <message>
        <source>Username or e-mail.</source>
        <translation>Benutzername oder E-Mail.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eine von: %1.</translation>
    </message>
    <message>
        <source>TENANT or TENANT/WORKSPACE (slugs).</source>
        <translation>MANDANT oder MANDANT/ARBEITSBEREICH (Slugs).</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Aktion „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>%1 needs a tenant as TARGET.</source>
        <translation>%1 braucht einen Mandanten als ZIEL.</translation>
    </message>
    <message>
        <source>%1 needs TENANT/WORKSPACE as TARGET.</source>
        <translation>%1 braucht MANDANT/ARBEITSBEREICH als ZIEL.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::UserManagement</name>
    <message>
        <source>Generate a strong password and print it once (it is not stored in clear).</source>
        <translation>Ein starkes Passwort erzeugen und einmal ausgeben (es wird nicht im Klartext gespeichert).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a global role: use admin, developer or viewer.</source>
        <translation>„%1“ ist keine globale Rolle: Verwenden Sie admin, developer oder viewer.</translation>
    </message>
    <message>
        <source>No new password: set TENANTDESK_NEW_PASSWORD, run in a terminal or use --generate-password.</source>
        <translation>Kein neues Passwort: Setzen Sie TENANTDESK_NEW_PASSWORD, starten Sie im Terminal oder verwenden Sie --generate-password.</translation>
    </message>
    <message>
        <source>New password (at least 8 characters): </source>
        <translation>Neues Passwort (mindestens 8 Zeichen): </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter unterscheiden sich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Generated password (shown only now): %1</source>
        <translation>Erzeugtes Passwort (wird nur jetzt angezeigt): %1</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The global role: admin, developer (default) or viewer.</source>
        <translation>Die globale Rolle: admin, developer (Standard) oder viewer.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Created %1 &lt;%2&gt;, global role %3.</source>
        <translation>%1 &lt;%2&gt; angelegt, globale Rolle %3.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>  id:          %1</source>
        <translation>  ID:              %1</translation>
    </message>
    <message>
        <source>  global role: %1</source>
        <translation>  globale Rolle:   %1</translation>
    </message>
    <message>
        <source>  status:      %1</source>
        <translation>  Status:          %1</translation>
    </message>
    <message>
        <source>  created:     %1</source>
        <translation>  angelegt:        %1</translation>
    </message>
    <message>
        <source>  last login:  %1</source>
        <translation>  letzte Anmeldung: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No roles in a tenant you may see.</source>
        <translation>Keine Rollen in einem Mandanten, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>%1 (tenant-wide)</source>
        <translation>%1 (mandantenweit)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>HIGHEST</source>
        <translation>HÖCHSTE</translation>
    </message>
    <message>
        <source>GRANTS</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Aktuelles Passwort: </translation>
    </message>
    <message>
        <source>Changed your password; your aistack sessions were signed out.</source>
        <translation>Ihr Passwort wurde geändert; Ihre aistack-Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Set a new password for %1; their aistack sessions were signed out.</source>
        <translation>Neues Passwort für %1 gesetzt; die aistack-Sitzungen der Person wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Locked %1: they cannot sign in to aistack or TenantDesk until unlocked.</source>
        <translation>%1 gesperrt: Die Person kann sich bis zur Entsperrung nicht bei aistack oder TenantDesk anmelden.</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>%1 entsperrt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>The new username.</source>
        <translation>Der neue Benutzername.</translation>
    </message>
    <message>
        <source>The new e-mail address.</source>
        <translation>Die neue E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Give --username, --email or both.</source>
        <translation>Geben Sie --username, --email oder beides an.</translation>
    </message>
    <message>
        <source>%1 is now %2 &lt;%3&gt;.</source>
        <translation>%1 ist jetzt %2 &lt;%3&gt;.</translation>
    </message>
    <message>
        <source>Confirm: the user and their memberships are deleted.</source>
        <translation>Bestätigen: Der Benutzer und seine Mitgliedschaften werden gelöscht.</translation>
    </message>
    <message>
        <source>Deleting a user cannot be undone: confirm with --yes.</source>
        <translation>Das Löschen eines Benutzers lässt sich nicht rückgängig machen: Bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <source>Deleted %1 with their memberships.</source>
        <translation>%1 samt Mitgliedschaften gelöscht.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::WorkspaceCommand</name>
    <message>
        <source>Only names or slugs containing TEXT.</source>
        <translation>Nur Namen oder Slugs, die TEXT enthalten.</translation>
    </message>
    <message>
        <source>At most N workspaces.</source>
        <translation>Höchstens N Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>The tenant.</source>
        <translation>Der Mandant.</translation>
    </message>
    <message>
        <source>Tenant %1 has no workspaces that you may see.</source>
        <translation>Der Mandant %1 hat keine Arbeitsbereiche, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>The workspace&apos;s name.</source>
        <translation>Der Name des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The workspace&apos;s slug.</source>
        <translation>Der Slug des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Created workspace %1/%2 (%3).</source>
        <translation>Arbeitsbereich %1/%2 (%3) angelegt.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Renamed workspace %1/%2 to &quot;%3&quot;.</source>
        <translation>Arbeitsbereich %1/%2 in „%3“ umbenannt.</translation>
    </message>
    <message>
        <source>Replace the settings with this JSON object.</source>
        <translation>Die Einstellungen durch dieses JSON-Objekt ersetzen.</translation>
    </message>
    <message>
        <source>Confirm the deletion.</source>
        <translation>Das Löschen bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleting workspace %1 also deletes its %n membership(s); add --yes to confirm.</source>
        <translation>
            <numerusform>Das Löschen des Arbeitsbereichs %1 löscht auch seine %n Mitgliedschaft; bestätigen Sie mit --yes.</numerusform>
            <numerusform>Das Löschen des Arbeitsbereichs %1 löscht auch seine %n Mitgliedschaften; bestätigen Sie mit --yes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted workspace %1 with %n membership(s).</source>
        <translation>
            <numerusform>Arbeitsbereich %1 mit %n Mitgliedschaft gelöscht.</numerusform>
            <numerusform>Arbeitsbereich %1 mit %n Mitgliedschaften gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::membership::MembershipRules</name>
    <message>
        <source>workspace &quot;%1/%2&quot;</source>
        <translation>Arbeitsbereich „%1/%2“</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;</source>
        <translation>Mandant „%1“</translation>
    </message>
    <message>
        <source>Choose a role: member, workspace_admin or tenant_admin.</source>
        <translation>Wählen Sie eine Rolle: member, workspace_admin oder tenant_admin.</translation>
    </message>
    <message>
        <source>tenant_admin is a tenant-wide role: it cannot be granted on a workspace. Grant it without a workspace, or grant workspace_admin on the workspace.</source>
        <translation>tenant_admin ist eine mandantenweite Rolle: Sie kann nicht für einen Arbeitsbereich vergeben werden. Vergeben Sie sie ohne Arbeitsbereich oder vergeben Sie workspace_admin für den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 holds no role on %2 to revoke.</source>
        <translation>%1 hat keine Rolle für %2, die entzogen werden könnte.</translation>
    </message>
    <message>
        <source>Refused: nobody grants or changes a role above their own, and %1 holds %2 on %3 while the role involved is %4.</source>
        <translation>Abgelehnt: Niemand vergibt oder ändert eine Rolle über seiner eigenen, und %1 hat %2 für %3, während die betroffene Rolle %4 ist.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; must keep at least one tenant_admin, and %2 is its last one: grant tenant_admin to someone else first, or delete the tenant.</source>
        <translation>Der Mandant „%1“ muss mindestens einen tenant_admin behalten, und %2 ist der letzte: Vergeben Sie tenant_admin zuerst an jemand anderen oder löschen Sie den Mandanten.</translation>
    </message>
    <message>
        <source>tenant_admin is a tenant-wide role: it cannot be granted on a workspace.</source>
        <translation>tenant_admin ist eine mandantenweite Rolle: Sie kann nicht für einen Arbeitsbereich vergeben werden.</translation>
    </message>
    <message>
        <source>%1 already holds a role on %2.</source>
        <translation>%1 hat bereits eine Rolle für %2.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::tenancy::NamedRows</name>
    <message>
        <source>To delete tenant &quot;%1&quot;, confirm with its slug &quot;%2&quot;.</source>
        <translation>Um den Mandanten „%1“ zu löschen, bestätigen Sie mit seinem Slug „%2“.</translation>
    </message>
    <message>
        <source>To delete workspace &quot;%1&quot;, confirm with its slug &quot;%2&quot;.</source>
        <translation>Um den Arbeitsbereich „%1“ zu löschen, bestätigen Sie mit seinem Slug „%2“.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::tenancy::TenancySql</name>
    <message>
        <source>This database has no %1 table yet: apply the migrations first.</source>
        <translation>Diese Datenbank hat noch keine Tabelle %1: Wenden Sie zuerst die Migrationen an.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; already has a workspace with the slug &quot;%2&quot;; choose another slug.</source>
        <translation>Der Mandant „%1“ hat bereits einen Arbeitsbereich mit dem Slug „%2“; wählen Sie einen anderen Slug.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; that you may see.</source>
        <translation>Es gibt keinen Mandanten „%1“, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>There is no workspace &quot;%1&quot; that you may see.</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“, den Sie sehen dürfen.</translation>
    </message>
</context>
<context>
    <name>tenantdesk::tenantdata::ExportFile</name>
    <message>
        <source>There is no export file %1.</source>
        <translation>Es gibt keine Exportdatei %1.</translation>
    </message>
    <message>
        <source>%1 is not a TenantDesk tenant export.</source>
        <translation>%1 ist kein Mandantenexport von TenantDesk.</translation>
    </message>
    <message>
        <source>%1 is a tenant export of version %2; this TenantDesk reads version %3.</source>
        <translation>%1 ist ein Mandantenexport der Version %2; dieses TenantDesk liest Version %3.</translation>
    </message>
    <message>
        <source>The rows of table %1 in %2 do not match the export&apos;s checksum: the file is damaged or was changed.</source>
        <translation>Die Zeilen der Tabelle %1 in %2 passen nicht zur Prüfsumme des Exports: Die Datei ist beschädigt oder wurde geändert.</translation>
    </message>
</context>
</TS>
