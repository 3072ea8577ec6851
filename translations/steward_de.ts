<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Logging</name>
    <message>
        <source>Log every request, sync phase and decision to standard error (the steward.* logging categories; QT_LOGGING_RULES selects finer).</source>
        <translation>Jede Anfrage, Synchronisationsphase und Entscheidung auf der Standardfehlerausgabe protokollieren (die Protokollkategorien steward.*; QT_LOGGING_RULES wählt feiner aus).</translation>
    </message>
</context>
<context>
    <name>ThreadDocument</name>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>unsichtbar</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>open on the site</source>
        <translation>auf der Website öffnen</translation>
    </message>
    <message>
        <source>support case</source>
        <translation>Support-Fall</translation>
    </message>
    <message>
        <source>support case failed</source>
        <translation>Support-Fall fehlgeschlagen</translation>
    </message>
    <message>
        <source>send again</source>
        <translation>erneut senden</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>top contributor</source>
        <translation>Top-Beitragender</translation>
    </message>
    <message>
        <source>✓ accepted answer</source>
        <translation>✓ akzeptierte Antwort</translation>
    </message>
    <message numerus="yes">
        <source>flagged (%n)</source>
        <translation>
            <numerusform>gemeldet (%n)</numerusform>
            <numerusform>gemeldet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>whisper</source>
        <translation>Flüstern</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>↩ in reply to #%1</source>
        <translation>↩ Antwort auf #%1</translation>
    </message>
    <message numerus="yes">
        <source>♥ %n</source>
        <translation>
            <numerusform>♥ %n</numerusform>
            <numerusform>♥ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>unselect</source>
        <translation>abwählen</translation>
    </message>
    <message>
        <source>select</source>
        <translation>auswählen</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>wiederherstellen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>unaccept</source>
        <translation>Lösung zurücknehmen</translation>
    </message>
    <message>
        <source>accept as solution</source>
        <translation>als Lösung akzeptieren</translation>
    </message>
    <message>
        <source>create support case</source>
        <translation>Support-Fall anlegen</translation>
    </message>
    <message>
        <source>Load more posts</source>
        <translation>Weitere Beiträge laden</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>wird wiederhergestellt</translation>
    </message>
    <message>
        <source>accepting as solution</source>
        <translation>wird als Lösung akzeptiert</translation>
    </message>
    <message>
        <source>unaccepting</source>
        <translation>Lösung wird zurückgenommen</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
</context>
<context>
    <name>steward</name>
    <message>
        <source>Starting the sandbox community…</source>
        <translation>Die Sandbox-Community wird gestartet …</translation>
    </message>
    <message>
        <source>Sandbox community (%1)</source>
        <translation>Sandbox-Community (%1)</translation>
    </message>
    <message>
        <source>Open the built-in sandbox community.</source>
        <translation>Die eingebaute Sandbox-Community öffnen.</translation>
    </message>
    <message>
        <source>Size of the sandbox community: small, medium or large.</source>
        <translation>Größe der Sandbox-Community: small, medium oder large.</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos; (small, medium, large)</source>
        <translation>unbekannte Größe „%1“ (small, medium, large)</translation>
    </message>
    <message>
        <source>Sandbox community</source>
        <translation>Sandbox-Community</translation>
    </message>
    <message>
        <source>The sandbox community could not be opened: %1</source>
        <translation>Die Sandbox-Community konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>the API key could not be read from the system keychain: %1</source>
        <translation>der API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open the saved account of this name.</source>
        <translation>Das gespeicherte Konto dieses Namens öffnen.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>There is no saved account called %1.</source>
        <translation>Es gibt kein gespeichertes Konto namens %1.</translation>
    </message>
    <message>
        <source>Steward: the console for community staff.

It triages a Discourse community&apos;s moderation queue, curates its threads and measures it, from a local copy that it keeps in sync.</source>
        <translation>Steward: die Konsole für Community-Mitarbeiter.

Es arbeitet die Moderationswarteschlange einer Discourse-Community ab, pflegt ihre Themen und wertet sie aus, aus einer lokalen Kopie, die es abgleicht.</translation>
    </message>
    <message>
        <source>Open this Discourse site without saving an account; the API key is read from the environment variable STEWARD_API_KEY.</source>
        <translation>Diese Discourse-Seite öffnen, ohne ein Konto zu speichern; der API-Schlüssel wird aus der Umgebungsvariablen STEWARD_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>With --url: the user the key is for.</source>
        <translation>Mit --url: der Benutzer, für den der Schlüssel gilt.</translation>
    </message>
    <message>
        <source>With --url: requests a minute at most (Discourse&apos;s default: 60).</source>
        <translation>Mit --url: höchstens so viele Anfragen pro Minute (Standard von Discourse: 60).</translation>
    </message>
    <message>
        <source>refusing to send an API key to %1: use https:// (plain http only to this machine)</source>
        <translation>der API-Schlüssel wird nicht an %1 gesendet: https:// verwenden (einfaches http nur an diesen Rechner)</translation>
    </message>
    <message>
        <source>--url needs --api-username and the key in STEWARD_API_KEY</source>
        <translation>--url braucht --api-username und den Schlüssel in STEWARD_API_KEY</translation>
    </message>
    <message>
        <source>The sandbox community did not start: %1. The local copy stays open; it is not synced until Steward starts again.</source>
        <translation>Die Sandbox-Community ist nicht gestartet: %1. Die lokale Kopie bleibt geöffnet; sie wird erst nach einem Neustart von Steward wieder synchronisiert.</translation>
    </message>
    <message>
        <source>its admin account changed since the last start</source>
        <translation>ihr Admin-Konto hat sich seit dem letzten Start geändert</translation>
    </message>
    <message>
        <source>With --url: the team&apos;s PostgreSQL database (a postgresql:// URL or a libpq connection string) instead of a copy on this computer; its password from PGPASSWORD or ~/.pgpass.</source>
        <translation>Mit --url: die PostgreSQL-Datenbank des Teams (eine postgresql://-URL oder libpq-Verbindungszeichenkette) statt einer Kopie auf diesem Rechner; ihr Passwort aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>steward::AccountsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>https://forum.example.com</source>
        <translation>https://forum.example.com</translation>
    </message>
    <message>
        <source>The user the API key was made for</source>
        <translation>Der Benutzer, für den der API-Schlüssel erstellt wurde</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>Requests per minute the key may make: Discourse allows 60 for admin keys unless the site says otherwise.</source>
        <translation>Anfragen pro Minute, die der Schlüssel stellen darf: Discourse erlaubt Admin-Schlüsseln 60, sofern die Seite nichts anderes festlegt.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>API &amp;username:</source>
        <translation>API-&amp;Benutzername:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>Anfrage&amp;grenze:</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its API key from this computer?</source>
        <translation>%1 und seinen API-Schlüssel von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>Kept in the system keychain; type a new key to replace it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; zum Ersetzen einen neuen Schlüssel eingeben</translation>
    </message>
    <message>
        <source>From the site: Admin, API, New API Key</source>
        <translation>Von der Seite: Admin, API, Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Type the API key: Steward keeps it in the system keychain.</source>
        <translation>Geben Sie den API-Schlüssel ein: Steward bewahrt ihn im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Removed %1 and its key.</source>
        <translation>%1 und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>Removed %1; its key stays in the keychain: %2</source>
        <translation>%1 entfernt; sein Schlüssel bleibt im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>The API key could not be read from the system keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>The account needs the API username its key was made for.</source>
        <translation>Das Konto braucht den API-Benutzernamen, für den der Schlüssel erstellt wurde.</translation>
    </message>
    <message>
        <source>The address is not a web address, e.g. https://forum.example.com.</source>
        <translation>Die Adresse ist keine Webadresse, z. B. https://forum.example.com.</translation>
    </message>
    <message>
        <source>Another account is already called %1.</source>
        <translation>Ein anderes Konto heißt bereits %1.</translation>
    </message>
    <message>
        <source>No community is saved yet. Fill in its address, the API username and the key, then Save. The sandbox community (steward --demo) is built in and is not listed here.</source>
        <translation>Noch ist keine Community gespeichert. Tragen Sie ihre Adresse, den API-Benutzernamen und den Schlüssel ein und speichern Sie. Die Sandbox-Community (steward --demo) ist eingebaut und wird hier nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Empty: a copy on this computer</source>
        <translation>Leer: eine Kopie auf diesem Rechner</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database, shared by every moderator&apos;s Steward: postgresql://host/database or host=… dbname=… user=…. One Steward syncs it for everyone, and each sees the others&apos; decisions as they are made.</source>
        <translation>Die PostgreSQL-Datenbank des Teams, die sich die Stewards aller Moderatoren teilen: postgresql://host/datenbank oder host=… dbname=… user=…. Ein Steward synchronisiert sie für alle, und jeder sieht die Entscheidungen der anderen, sobald sie getroffen werden.</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Team data&amp;base:</source>
        <translation>Team-Datenban&amp;k:</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Datenbank-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Kept in the system keychain; type a new one to replace it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <source>The team database is a PostgreSQL address: postgresql://host/database, or host=… dbname=….</source>
        <translation>Die Team-Datenbank ist eine PostgreSQL-Adresse: postgresql://host/datenbank oder host=… dbname=….</translation>
    </message>
    <message>
        <source>Leave the password out of the team database&apos;s address: type it in Database password, and Steward keeps it in the system keychain.</source>
        <translation>Lassen Sie das Passwort aus der Adresse der Team-Datenbank weg: Geben Sie es unter Datenbank-Passwort ein, Steward bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Saved %1, but the keychain could not keep its secrets: %2</source>
        <translation>%1 gespeichert, aber der Schlüsselbund konnte seine Geheimnisse nicht aufbewahren: %2</translation>
    </message>
</context>
<context>
    <name>steward::ActionNames</name>
    <message>
        <source>Agree, keep the post</source>
        <translation>Zustimmen, Beitrag behalten</translation>
    </message>
    <message>
        <source>Agree, keep the post hidden</source>
        <translation>Zustimmen, Beitrag verborgen lassen</translation>
    </message>
    <message>
        <source>Agree, hide the post</source>
        <translation>Zustimmen, Beitrag verbergen</translation>
    </message>
    <message>
        <source>Agree, restore the post</source>
        <translation>Zustimmen, Beitrag wiederherstellen</translation>
    </message>
    <message>
        <source>Agree, then edit the post</source>
        <translation>Zustimmen, dann Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Agree, then suspend the author</source>
        <translation>Zustimmen, dann Autor sperren</translation>
    </message>
    <message>
        <source>Agree, then silence the author</source>
        <translation>Zustimmen, dann Autor stummschalten</translation>
    </message>
    <message>
        <source>Agree, delete the post</source>
        <translation>Zustimmen, Beitrag löschen</translation>
    </message>
    <message>
        <source>Agree, delete the post and its replies</source>
        <translation>Zustimmen, Beitrag und Antworten löschen</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Disagree, restore the post</source>
        <translation>Ablehnen, Beitrag wiederherstellen</translation>
    </message>
    <message>
        <source>Ignore the flags</source>
        <translation>Meldungen ignorieren</translation>
    </message>
    <message>
        <source>Ignore, change nothing</source>
        <translation>Ignorieren, nichts ändern</translation>
    </message>
    <message>
        <source>Ignore, delete the post</source>
        <translation>Ignorieren, Beitrag löschen</translation>
    </message>
    <message>
        <source>Ignore, delete the post and its replies</source>
        <translation>Ignorieren, Beitrag und Antworten löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete and block the user</source>
        <translation>Benutzer löschen und blockieren</translation>
    </message>
    <message>
        <source>Approve the post</source>
        <translation>Beitrag freigeben</translation>
    </message>
    <message>
        <source>Approve the post, topic closed</source>
        <translation>Beitrag freigeben, Thema geschlossen</translation>
    </message>
    <message>
        <source>Reject the post</source>
        <translation>Beitrag zurückweisen</translation>
    </message>
    <message>
        <source>Reject the post, with a reason</source>
        <translation>Beitrag mit Begründung zurückweisen</translation>
    </message>
    <message>
        <source>Approve the user</source>
        <translation>Benutzer freigeben</translation>
    </message>
    <message>
        <source>Agree…</source>
        <translation>Zustimmen…</translation>
    </message>
    <message>
        <source>Disagree…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Ignore…</source>
        <translation>Ignorieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Benutzer löschen…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Zurückweisen…</translation>
    </message>
</context>
<context>
    <name>steward::AuditNames</name>
    <message>
        <source>Deleted user</source>
        <translation>Benutzer gelöscht</translation>
    </message>
    <message>
        <source>Suspended user</source>
        <translation>Benutzer gesperrt</translation>
    </message>
    <message>
        <source>Lifted suspension</source>
        <translation>Sperre aufgehoben</translation>
    </message>
    <message>
        <source>Deleted post</source>
        <translation>Beitrag gelöscht</translation>
    </message>
    <message>
        <source>Deleted topic</source>
        <translation>Thema gelöscht</translation>
    </message>
    <message>
        <source>Silenced user</source>
        <translation>Benutzer stummgeschaltet</translation>
    </message>
    <message>
        <source>Lifted silence</source>
        <translation>Stummschaltung aufgehoben</translation>
    </message>
    <message>
        <source>Recovered topic</source>
        <translation>Thema wiederhergestellt</translation>
    </message>
    <message>
        <source>Approved post</source>
        <translation>Beitrag freigegeben</translation>
    </message>
    <message>
        <source>Rejected post</source>
        <translation>Beitrag abgelehnt</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Prüfentscheidung</translation>
    </message>
    <message>
        <source>Claimed review item</source>
        <translation>Prüfeintrag übernommen</translation>
    </message>
    <message>
        <source>Released review item</source>
        <translation>Prüfeintrag freigegeben</translation>
    </message>
    <message>
        <source>Suspend user</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>Lift suspension</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Silence user</source>
        <translation>Benutzer stummschalten</translation>
    </message>
    <message>
        <source>Lift silence</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Topic status</source>
        <translation>Themenstatus</translation>
    </message>
    <message>
        <source>Edit topic</source>
        <translation>Thema bearbeiten</translation>
    </message>
    <message>
        <source>Move posts</source>
        <translation>Beiträge verschieben</translation>
    </message>
    <message>
        <source>Reply or whisper</source>
        <translation>Antwort oder Flüstern</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Recover post</source>
        <translation>Beitrag wiederherstellen</translation>
    </message>
    <message>
        <source>Accept solution</source>
        <translation>Lösung annehmen</translation>
    </message>
    <message>
        <source>Unaccept solution</source>
        <translation>Lösung zurücknehmen</translation>
    </message>
    <message>
        <source>Add note on user</source>
        <translation>Notiz zum Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Delete note on user</source>
        <translation>Notiz zum Mitglied löschen</translation>
    </message>
</context>
<context>
    <name>steward::AuditPane</name>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing in this period. The staff action log comes with each full sync (every tenth poll); it needs an admin&apos;s or moderator&apos;s key.</source>
        <translation>Nichts in diesem Zeitraum. Das Team-Aktionsprotokoll kommt mit jeder vollständigen Synchronisierung (jeder zehnten Abfrage); es braucht den Schlüssel eines Admins oder Moderators.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 from Steward; double-click one to open its user, post or topic on the site</source>
        <translation>
            <numerusform>%n Eintrag, %1 aus Steward; Doppelklick öffnet Benutzer, Beitrag oder Thema auf der Website</numerusform>
            <numerusform>%n Einträge, %1 aus Steward; Doppelklick öffnet Benutzer, Beitrag oder Thema auf der Website</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to now</source>
        <translation>%1 bis jetzt</translation>
    </message>
    <message>
        <source>Everything synced</source>
        <translation>Alles Synchronisierte</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Server entries are Discourse&apos;s staff action log (/admin/logs/staff_action_logs), as of the last sync. Steward entries are the decisions sent from Steward on this computer; one is linked to the server entry that the same moderator&apos;s action on the same target left within 15 minutes. Steward decisions of kinds Discourse does not log (claims, replies, topic edits) have no server entry.</source>
        <translation>Server-Einträge sind das Team-Aktionsprotokoll von Discourse (/admin/logs/staff_action_logs) beim letzten Abgleich. Steward-Einträge sind die Entscheidungen, die Steward auf diesem Rechner gesendet hat; eine wird mit dem Server-Eintrag verknüpft, den dieselbe Moderation am selben Ziel binnen 15 Minuten hinterließ. Entscheidungen, die Discourse nicht protokolliert (Übernahmen, Antworten, Themenänderungen), haben keinen Server-Eintrag.</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>The audit trail was not saved: %1</source>
        <translation>Das Prüfprotokoll wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save Transparency Report</source>
        <translation>Transparenzbericht speichern</translation>
    </message>
    <message>
        <source>Transparency Report</source>
        <translation>Transparenzbericht</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Search moderator, user, action or details</source>
        <translation>Moderation, Benutzer, Aktion oder Details suchen</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Prüfprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>From Steward and the web</source>
        <translation>Aus Steward und dem Web</translation>
    </message>
    <message>
        <source>From Steward</source>
        <translation>Aus Steward</translation>
    </message>
    <message>
        <source>From the web</source>
        <translation>Aus dem Web</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as a PDF, a spreadsheet, CSV or JSON</source>
        <translation>Die gezeigten Einträge als PDF, Tabelle, CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>T&amp;ransparency Report…</source>
        <translation>Transparenzbe&amp;richt…</translation>
    </message>
    <message>
        <source>The EU Digital Services Act transparency report (Art. 15 and 24) for a period</source>
        <translation>Der Transparenzbericht nach dem Digital Services Act der EU (Art. 15 und 24) für einen Zeitraum</translation>
    </message>
</context>
<context>
    <name>steward::AuditTrailModel</name>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Steward (%1)</source>
        <translation>Steward (%1)</translation>
    </message>
    <message>
        <source>Decided in Steward; the server&apos;s log entry %1 records it.</source>
        <translation>In Steward entschieden; der Protokolleintrag %1 des Servers hält es fest.</translation>
    </message>
    <message>
        <source>Decided in Steward; the server&apos;s log has no entry of it (its kind is not logged, or it did not reach the server).</source>
        <translation>In Steward entschieden; das Protokoll des Servers hat keinen Eintrag dazu (diese Art wird nicht protokolliert, oder sie hat den Server nicht erreicht).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>steward::BulkCloseDialog</name>
    <message>
        <source>&amp;Close them</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Archive them</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Stale topics</source>
        <translation>Verwaiste Themen</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) had no activity for %1 days or more. These, and only these, will change:</source>
        <translation>
            <numerusform>%n Thema war %1 Tage oder länger ohne Aktivität. Genau dieses wird geändert:</numerusform>
            <numerusform>%n Themen waren %1 Tage oder länger ohne Aktivität. Genau diese werden geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — last activity %2</source>
        <translation>%1 — letzte Aktivität %2</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n topic(s)</source>
        <translation>
            <numerusform>%n Thema archivieren</numerusform>
            <numerusform>%n Themen archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %n topic(s)</source>
        <translation>
            <numerusform>%n Thema schließen</numerusform>
            <numerusform>%n Themen schließen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::CaseDialog</name>
    <message>
        <source>ServiceNow at %1, as %2</source>
        <translation>ServiceNow auf %1, als %2</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>noch nirgendwohin</translation>
    </message>
    <message>
        <source>Create support case</source>
        <translation>Support-Fall anlegen</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Geht an:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Auszug:</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>Fall &amp;anlegen</translation>
    </message>
    <message>
        <source>The case needs a title.</source>
        <translation>Der Fall braucht einen Titel.</translation>
    </message>
    <message>
        <source>Name the customer the case is for.</source>
        <translation>Nennen Sie den Kunden, für den der Fall ist.</translation>
    </message>
</context>
<context>
    <name>steward::CaseService</name>
    <message>
        <source>Support case %1 was opened for this topic.</source>
        <translation>Für dieses Thema wurde der Support-Fall %1 angelegt.</translation>
    </message>
    <message>
        <source>Steward stopped before the case system answered: the case may exist there already; check before sending it again.</source>
        <translation>Steward wurde beendet, bevor das Fallsystem antwortete: Der Fall existiert dort vielleicht schon; prüfen Sie das, bevor Sie ihn erneut senden.</translation>
    </message>
</context>
<context>
    <name>steward::CaseTargetDialog</name>
    <message>
        <source>Post a staff &amp;note (a whisper) with the case number to the topic</source>
        <translation>Eine Team-&amp;Notiz (Flüstern) mit der Fallnummer im Thema posten</translation>
    </message>
    <message>
        <source>Case system</source>
        <translation>Fallsystem</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>ServiceNow (Table API)</source>
        <translation>ServiceNow (Table API)</translation>
    </message>
    <message>
        <source>JSON webhook</source>
        <translation>JSON-Webhook</translation>
    </message>
    <message>
        <source>optional, e.g. case.link</source>
        <translation>optional, z. B. case.link</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Body template:</source>
        <translation>&amp;Vorlage für den Inhalt:</translation>
    </message>
    <message>
        <source>Case &amp;number in the answer:</source>
        <translation>Fall&amp;nummer in der Antwort:</translation>
    </message>
    <message>
        <source>Case &amp;link in the answer:</source>
        <translation>Fall&amp;link in der Antwort:</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Bearer-&amp;Token:</translation>
    </message>
    <message>
        <source>leave empty to keep the stored password</source>
        <translation>leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>leave empty to keep the stored token</source>
        <translation>leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>ServiceNow needs the user&apos;s password.</source>
        <translation>ServiceNow braucht das Passwort des Benutzers.</translation>
    </message>
    <message>
        <source>The body template is not JSON once filled in: %1</source>
        <translation>Die Vorlage ist ausgefüllt kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>steward::ChartExport</name>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>Das Diagramm wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>das Diagramm konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
</context>
<context>
    <name>steward::ColourScheme</name>
    <message>
        <source>&amp;System Colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
</context>
<context>
    <name>steward::DashboardCharts</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>New topics</source>
        <translation>Neue Themen</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>topics, users</source>
        <translation>Themen, Benutzer</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Topics created: %1</source>
        <translation>Erstellte Themen: %1</translation>
    </message>
    <message>
        <source>Time to first response (hours)</source>
        <translation>Zeit bis zur ersten Antwort (Stunden)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>First responses by time taken</source>
        <translation>Erste Antworten nach Dauer</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>First response after %1</source>
        <translation>Erste Antwort nach %1</translation>
    </message>
    <message>
        <source>Top staff contributors</source>
        <translation>Aktivstes Team</translation>
    </message>
    <message>
        <source>Top community contributors</source>
        <translation>Aktivste Mitglieder</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>Likes received</source>
        <translation>Erhaltene Likes</translation>
    </message>
    <message>
        <source>Posts by category</source>
        <translation>Beiträge nach Kategorie</translation>
    </message>
    <message>
        <source>Topics created in %1</source>
        <translation>Erstellte Themen in %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Flags by reason and outcome</source>
        <translation>Meldungen nach Grund und Ergebnis</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Topics flagged as %1</source>
        <translation>Als %1 gemeldete Themen</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Review backlog</source>
        <translation>Prüfrückstand</translation>
    </message>
    <message>
        <source>Waiting items</source>
        <translation>Wartende Einträge</translation>
    </message>
    <message>
        <source>Median age (hours)</source>
        <translation>Medianes Alter (Stunden)</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>steward::DashboardPane</name>
    <message>
        <source>Reading the local copy…</source>
        <translation>Lese die lokale Kopie…</translation>
    </message>
    <message>
        <source>Cannot read the local copy: %1</source>
        <translation>Die lokale Kopie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Buckets:</source>
        <translation>&amp;Gruppierung:</translation>
    </message>
    <message>
        <source>First &amp;response:</source>
        <translation>Erste &amp;Antwort:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>How the time to first response is measured; see each choice&apos;s tooltip</source>
        <translation>Wie die Zeit bis zur ersten Antwort gemessen wird; siehe den Tooltip jeder Wahl</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>By posts</source>
        <translation>Nach Beiträgen</translation>
    </message>
    <message>
        <source>By accepted answers</source>
        <translation>Nach akzeptierten Antworten</translation>
    </message>
    <message>
        <source>By likes received</source>
        <translation>Nach erhaltenen Likes</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Most active topics</source>
        <translation>Aktivste Themen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderatoren</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Posts in range</source>
        <translation>Beiträge im Zeitraum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Items resolved</source>
        <translation>Erledigte Einträge</translation>
    </message>
    <message>
        <source>Sent from Steward</source>
        <translation>Aus Steward gesendet</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>Vorperiode: %1</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1 (Median)</translation>
    </message>
    <message numerus="yes">
        <source>p90 %1 · mean %2 · %n topics</source>
        <translation>
            <numerusform>p90 %1 · Mittel %2 · %n Thema</numerusform>
            <numerusform>p90 %1 · Mittel %2 · %n Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>community %1 · staff %2</source>
        <translation>Community %1 · Team %2</translation>
    </message>
    <message>
        <source>%1 of %2 · median to solution %3</source>
        <translation>%1 von %2 · Median bis zur Lösung %3</translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>Klicken zum Auflisten</translation>
    </message>
    <message>
        <source>agreed %1 · median handling %2</source>
        <translation>zugestimmt %1 · Median der Bearbeitung %2</translation>
    </message>
    <message>
        <source>median age %1 · oldest %2</source>
        <translation>medianes Alter %1 · ältester %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, compared with the %n days before · as of the last sync · computed in %3 ms</source>
        <translation>
            <numerusform>%1 bis %2, verglichen mit dem Tag davor · Stand der letzten Synchronisierung · berechnet in %3 ms</numerusform>
            <numerusform>%1 bis %2, verglichen mit den %n Tagen davor · Stand der letzten Synchronisierung · berechnet in %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered topics</source>
        <translation>Unbeantwortete Themen</translation>
    </message>
    <message>
        <source>New topics</source>
        <translation>Neue Themen</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Reading the local copy</source>
        <translation>Die lokale Kopie wird gelesen</translation>
    </message>
    <message>
        <source> · dashed or pale: a period counted only in part (not over yet, or cut by the range)</source>
        <translation> · gestrichelt oder blass: ein nur teilweise gezählter Abschnitt (noch nicht vorbei oder vom Zeitraum beschnitten)</translation>
    </message>
    <message>
        <source>Save the report as a PDF, a spreadsheet, CSV or JSON, with its definitions</source>
        <translation>Den Bericht als PDF, Tabelle, CSV oder JSON mit seinen Definitionen speichern</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 bis %2, %3</translation>
    </message>
</context>
<context>
    <name>steward::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>steward::DrillDownPanel</name>
    <message>
        <source>Close the list</source>
        <translation>Liste schließen</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n topics)</source>
        <translation>
            <numerusform>%1 (%n Thema)</numerusform>
            <numerusform>%1 (%n Themen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the topic on the site</source>
        <translation>Doppelklick oder Eingabetaste öffnet das Thema auf der Website</translation>
    </message>
    <message>
        <source>Topics %1 wrote in</source>
        <translation>Themen, in denen %1 schrieb</translation>
    </message>
</context>
<context>
    <name>steward::ExportReportDialog</name>
    <message>
        <source>Start with a byte order mark, for Excel</source>
        <translation>Mit Byte-Order-Mark beginnen, für Excel</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF, for print and reading</source>
        <translation>PDF, zum Drucken und Lesen</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>Tabelle (XLSX)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Tabelle (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>steward::ItemDetailView</name>
    <message>
        <source>Load images</source>
        <translation>Bilder laden</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an item to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Einen Eintrag auswählen, um ihn hier zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wertung %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Author: %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Verfasser: %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Flags on their posts: %1 agreed, %2 disagreed, %3 ignored, %4 pending&lt;br&gt;</source>
        <translation>Meldungen zu den Beiträgen: %1 zugestimmt, %2 abgelehnt, %3 ignoriert, %4 offen&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suspended&lt;/b&gt; until %1: %2&lt;br&gt;</source>
        <translation>&lt;b&gt;Gesperrt&lt;/b&gt; bis %1: %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Silenced&lt;/b&gt; until %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Stummgeschaltet&lt;/b&gt; bis %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Flagged by&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Gemeldet von&lt;/h4&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Load images (%n)</source>
        <translation>
            <numerusform>Bilder laden (%n)</numerusform>
            <numerusform>Bilder laden (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: flags %2, agreed with %3&lt;br&gt;</source>
        <translation>%1: Meldungen %2, zugestimmt %3&lt;br&gt;</translation>
    </message>
    <message>
        <source>&amp;Re-apply</source>
        <translation>E&amp;rneut anwenden</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget this decision; the item stays as the server has it</source>
        <translation>Diese Entscheidung verwerfen; der Eintrag bleibt, wie der Server ihn hat</translation>
    </message>
    <message>
        <source>Send the decision again, against the item as the server has it now</source>
        <translation>Die Entscheidung erneut senden, für den Eintrag in seinem jetzigen Stand auf dem Server</translation>
    </message>
    <message>
        <source>Suspended before, until %1: %2&lt;br&gt;</source>
        <translation>Früher gesperrt, bis %1: %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>Silenced before, until %1&lt;br&gt;</source>
        <translation>Früher stummgeschaltet, bis %1&lt;br&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n like(s) received</source>
        <translation>
            <numerusform>%n Like erhalten</numerusform>
            <numerusform>%n Likes erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust level %1 · joined %2 · %3&lt;br&gt;</source>
        <translation>Vertrauensstufe %1 · dabei seit %2 · %3&lt;br&gt;</translation>
    </message>
    <message>
        <source>Markdown of the post</source>
        <translation>Markdown des Beitrags</translation>
    </message>
    <message>
        <source>Posts around this one</source>
        <translation>Beiträge um diesen herum</translation>
    </message>
    <message>
        <source>Author and flaggers</source>
        <translation>Verfasser und Meldende</translation>
    </message>
    <message>
        <source>The post is not in the local copy.</source>
        <translation>Der Beitrag ist nicht in der lokalen Kopie.</translation>
    </message>
    <message>
        <source>The post is not in the local copy yet. %1</source>
        <translation>Der Beitrag ist noch nicht in der lokalen Kopie. %1</translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Moderation Queue</source>
        <translation>Moderationswarteschlange</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>No moderation queue yet</source>
        <translation>Noch keine Moderationswarteschlange</translation>
    </message>
    <message>
        <source>Once a community account is added, its flagged posts, posts awaiting approval and users awaiting approval appear here, ready to triage from the keyboard.</source>
        <translation>Sobald ein Community-Konto hinzugefügt ist, erscheinen hier gemeldete Beiträge, Beiträge und Benutzer, die auf Freigabe warten – bereit zur Bearbeitung per Tastatur.</translation>
    </message>
    <message>
        <source>No threads yet</source>
        <translation>Noch keine Themen</translation>
    </message>
    <message>
        <source>Once a community account is added, its topics appear here by category, with views for unanswered, unsolved and stale threads.</source>
        <translation>Sobald ein Community-Konto hinzugefügt ist, erscheinen hier seine Themen nach Kategorien, mit Ansichten für unbeantwortete, ungelöste und veraltete Themen.</translation>
    </message>
    <message>
        <source>No metrics yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>Once a community account is added and synced, this dashboard shows activity, response times, the solved rate and top contributors.</source>
        <translation>Sobald ein Community-Konto hinzugefügt und synchronisiert ist, zeigt diese Übersicht Aktivität, Antwortzeiten, Lösungsquote und die aktivsten Mitglieder.</translation>
    </message>
    <message>
        <source>No community account</source>
        <translation>Kein Community-Konto</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;A desktop console for the staff of customer communities: triage the moderation queue, curate threads and measure how the community works.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für das Team von Kunden-Communities: Moderationswarteschlange abarbeiten, Themen pflegen und messen, wie die Community funktioniert.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo: the last decision has been sent</source>
        <translation>Nichts rückgängig zu machen: die letzte Entscheidung ist gesendet</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3%4</source>
        <translation>Synchronisiere %1: %2 von %3%4</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Synchronisiere %1: %2</translation>
    </message>
    <message>
        <source>All decisions sent</source>
        <translation>Alle Entscheidungen gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Undone, not sent: %n</source>
        <translation>
            <numerusform>Rückgängig, nicht gesendet: %n</numerusform>
            <numerusform>Rückgängig, nicht gesendet: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decisions queued: %n</source>
        <translation>
            <numerusform>Entscheidungen in der Warteschlange: %n</numerusform>
            <numerusform>Entscheidungen in der Warteschlange: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected items have no author to act on</source>
        <translation>Die ausgewählten Einträge haben keinen Autor, gegen den vorgegangen werden kann</translation>
    </message>
    <message>
        <source>New high-priority item in %1</source>
        <translation>Neuer Eintrag mit hoher Priorität in %1</translation>
    </message>
    <message>
        <source>%1 new high-priority items in %2</source>
        <translation>%1 neue Einträge mit hoher Priorität in %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A decision was not applied: its item, marked in the Status column, says why and offers to re-apply or discard it</source>
        <translation>Eine Entscheidung wurde nicht angewendet: Ihr Eintrag, in der Spalte Status markiert, nennt den Grund und bietet an, sie erneut anzuwenden oder zu verwerfen</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>%1 cannot be reached; decisions are kept and sent when it can be.</source>
        <translation>%1 ist nicht erreichbar; Entscheidungen werden aufbewahrt und gesendet, sobald es wieder geht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Cancel the last decision before it is sent (Ctrl+Z)</source>
        <translation>Die letzte Entscheidung zurücknehmen, bevor sie gesendet wird (Strg+Z)</translation>
    </message>
    <message>
        <source>Choose a topic first</source>
        <translation>Wählen Sie zuerst ein Thema</translation>
    </message>
    <message>
        <source>The password or token is kept in the system keychain, the rest in Steward&apos;s settings.</source>
        <translation>Passwort oder Token liegen im Schlüsselbund des Systems, der Rest in Stewards Einstellungen.</translation>
    </message>
    <message>
        <source>This is the sandbox&apos;s own case system; changes last until Steward is closed.</source>
        <translation>Das ist das Fallsystem der Sandbox; Änderungen gelten, bis Steward geschlossen wird.</translation>
    </message>
    <message>
        <source>Case system saved</source>
        <translation>Fallsystem gespeichert</translation>
    </message>
    <message>
        <source>Case system</source>
        <translation>Fallsystem</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Click a reply&apos;s “accept as solution” or choose a reply first</source>
        <translation>Klicken Sie bei einer Antwort auf „als Lösung akzeptieren“ oder wählen Sie zuerst eine Antwort</translation>
    </message>
    <message>
        <source>Select the posts to move first (“select” under each reply)</source>
        <translation>Wählen Sie zuerst die zu verschiebenden Beiträge („auswählen“ unter jeder Antwort)</translation>
    </message>
    <message>
        <source>Copy incomplete</source>
        <translation>Kopie unvollständig</translation>
    </message>
    <message>
        <source>Verify Copy</source>
        <translation>Kopie prüfen</translation>
    </message>
    <message>
        <source>The community could not be asked for its totals: %1</source>
        <translation>Die Community konnte nicht nach ihren Summen gefragt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The copy matches the community&apos;s own totals in all %n check(s).</source>
        <translation>
            <numerusform>Die Kopie stimmt in der %n Prüfung mit den Summen der Community überein.</numerusform>
            <numerusform>Die Kopie stimmt in allen %n Prüfungen mit den Summen der Community überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy differs from the community&apos;s own totals in %n place(s):</source>
        <translation>
            <numerusform>Die Kopie weicht an %n Stelle von den Summen der Community ab:</numerusform>
            <numerusform>Die Kopie weicht an %n Stellen von den Summen der Community ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the copy with the community&apos;s totals…</source>
        <translation>Die Kopie wird mit den Summen der Community verglichen …</translation>
    </message>
    <message>
        <source>The last sync could not fetch or read everything the community named:</source>
        <translation>Der letzte Abgleich konnte nicht alles holen oder lesen, was die Community nannte:</translation>
    </message>
    <message>
        <source>The last verify (%1) found the copy differing from the community&apos;s totals:</source>
        <translation>Die letzte Prüfung (%1) fand Abweichungen der Kopie von den Summen der Community:</translation>
    </message>
    <message>
        <source> · Data Explorer is not enabled on the site; an admin can enable it to make first syncs faster</source>
        <translation> · Data Explorer ist auf der Seite nicht aktiviert; ein Admin kann es aktivieren, damit erste Synchronisierungen schneller gehen</translation>
    </message>
    <message>
        <source> · Data Explorer is for admins only; this key&apos;s user is not one</source>
        <translation> · Data Explorer ist nur für Admins; der Benutzer dieses Schlüssels ist keiner</translation>
    </message>
    <message>
        <source>Synced: %1 posts, %2 queue items in %3 s%4</source>
        <translation>Synchronisiert: %1 Beiträge, %2 Einträge der Warteschlange in %3 s%4</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, noch %n s</numerusform>
            <numerusform>, noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n min left</source>
        <translation>
            <numerusform>, noch etwa %n min</numerusform>
            <numerusform>, noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisiere %1…</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>die Seite</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>die Warteschlange</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Themenverläufe</translation>
    </message>
    <message>
        <source>accepted answers</source>
        <translation>akzeptierte Antworten</translation>
    </message>
    <message>
        <source>review history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>den Suchindex</translation>
    </message>
    <message>
        <source>Preparing the sync…</source>
        <translation>Synchronisation wird vorbereitet…</translation>
    </message>
    <message>
        <source>the local copy: %1</source>
        <translation>die lokale Kopie: %1</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Syncing %1… %2 %</source>
        <translation>%1 wird synchronisiert … %2 %</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>No audit trail yet</source>
        <translation>Noch kein Prüfprotokoll</translation>
    </message>
    <message>
        <source>Once a community account is added and synced, every moderation action appears here with who took it, on whom, and whether it came from Steward or the web.</source>
        <translation>Sobald ein Community-Konto hinzugefügt und synchronisiert ist, erscheint hier jede Moderationsaktion: wer sie ausführte, an wem, und ob sie aus Steward oder dem Web kam.</translation>
    </message>
    <message>
        <source>Team: this Steward syncs</source>
        <translation>Team: dieser Steward synchronisiert</translation>
    </message>
    <message>
        <source>Team: another Steward syncs</source>
        <translation>Team: ein anderer Steward synchronisiert</translation>
    </message>
    <message>
        <source>This Steward syncs the team database for everyone using it.</source>
        <translation>Dieser Steward synchronisiert die Team-Datenbank für alle, die sie nutzen.</translation>
    </message>
    <message>
        <source>%1 syncs the team database; this Steward shows its changes as they arrive and takes over if it stops.</source>
        <translation>%1 synchronisiert die Team-Datenbank; dieser Steward zeigt ihre Änderungen, sobald sie eintreffen, und übernimmt, wenn er aufhört.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n decision(s) before closing… Close again to send them at the next start.</source>
        <translation>
            <numerusform>Eine Entscheidung wird vor dem Schließen gesendet … Erneut schließen, um sie beim nächsten Start zu senden.</numerusform>
            <numerusform>%n Entscheidungen werden vor dem Schließen gesendet … Erneut schließen, um sie beim nächsten Start zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 — Steward</source>
        <translation>%1 auf %2 — Steward</translation>
    </message>
</context>
<context>
    <name>steward::MainWindowActions</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Moderation &amp;Queue</source>
        <translation>Moderations&amp;warteschlange</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>&amp;Nächster Eintrag</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>&amp;Vorheriger Eintrag</translation>
    </message>
    <message>
        <source>&amp;Open Item</source>
        <translation>Eintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Agree with Flags</source>
        <translation>Meldungen &amp;zustimmen</translation>
    </message>
    <message>
        <source>&amp;Disagree with Flags</source>
        <translation>Meldungen &amp;ablehnen</translation>
    </message>
    <message>
        <source>&amp;Ignore Flags</source>
        <translation>Meldungen &amp;ignorieren</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Zurückweisen</translation>
    </message>
    <message>
        <source>&amp;Suspend User…</source>
        <translation>Benutzer &amp;sperren…</translation>
    </message>
    <message>
        <source>Si&amp;lence User…</source>
        <translation>Benutzer &amp;stummschalten…</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Undo Last Action</source>
        <translation>Letzte Aktion &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Close or Reopen Topic</source>
        <translation>Thema &amp;schließen oder öffnen</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin Topic</source>
        <translation>Thema &amp;anheften oder lösen</translation>
    </message>
    <message>
        <source>&amp;Archive Topic</source>
        <translation>Thema a&amp;rchivieren</translation>
    </message>
    <message>
        <source>&amp;Move Posts…</source>
        <translation>Beiträge &amp;verschieben…</translation>
    </message>
    <message>
        <source>Accept &amp;Solution</source>
        <translation>&amp;Lösung akzeptieren</translation>
    </message>
    <message>
        <source>Create Support &amp;Case…</source>
        <translation>Support-&amp;Fall anlegen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>Ü&amp;ber Steward</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
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
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Searc&amp;h Queue</source>
        <translation>Warteschlange &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Case S&amp;ystem…</source>
        <translation>Fall&amp;system…</translation>
    </message>
    <message>
        <source>&amp;Verify Copy Against Server</source>
        <translation>Kopie mit dem Server &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare the local copy with the totals the community states about itself</source>
        <translation>Die lokale Kopie mit den Summen vergleichen, die die Community über sich angibt</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>&amp;First Post</source>
        <translation>&amp;Erster Beitrag</translation>
    </message>
    <message>
        <source>&amp;Last Post</source>
        <translation>&amp;Letzter Beitrag</translation>
    </message>
    <message>
        <source>Sc&amp;hedule Reports…</source>
        <translation>Berichte &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>steward::Messages</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Use an https:// address: Steward sends the API key only over HTTPS (plain HTTP only to this computer).</source>
        <translation>Verwenden Sie eine https://-Adresse: Steward sendet den API-Schlüssel nur über HTTPS (unverschlüsseltes HTTP nur an diesen Computer).</translation>
    </message>
    <message>
        <source>the server refused the API key or user (is the user staff?)</source>
        <translation>der Server hat den API-Schlüssel oder den Benutzer abgelehnt (gehört der Benutzer zum Team?)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not Discourse&apos;s</source>
        <translation>die Antwort des Servers stammt nicht von Discourse</translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation>der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>the server sent the request on to another site, where the API key is not sent (did the community move?)</source>
        <translation>der Server hat die Anfrage an eine andere Seite weitergeleitet, an die der API-Schlüssel nicht gesendet wird (ist die Community umgezogen?)</translation>
    </message>
    <message>
        <source>the server keeps asking Steward to slow down</source>
        <translation>der Server bittet Steward immer wieder, langsamer zu werden</translation>
    </message>
    <message>
        <source>the community is in read-only mode</source>
        <translation>die Community ist im Nur-Lese-Modus</translation>
    </message>
    <message>
        <source>the server does not have it, or hides it from this account</source>
        <translation>der Server hat es nicht oder verbirgt es vor diesem Konto</translation>
    </message>
    <message>
        <source>it changed on the server meanwhile</source>
        <translation>es wurde inzwischen auf dem Server geändert</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>der Server hat es abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation>der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, with moderator rights.</source>
        <translation>Mit %1 als %2 verbunden, mit Moderationsrechten.</translation>
    </message>
    <message>
        <source>The site cannot be reached: check the address and your connection.</source>
        <translation>Die Seite ist nicht erreichbar: Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The address sends Steward on to another site; Steward sends the key only to the address you gave. If the community moved, enter its new address.</source>
        <translation>Die Adresse leitet Steward zu einer anderen Seite weiter; Steward sendet den Schlüssel nur an die angegebene Adresse. Ist die Community umgezogen, geben Sie ihre neue Adresse ein.</translation>
    </message>
    <message>
        <source>The site&apos;s certificate is not trusted or does not match its address; Steward will not send the key.</source>
        <translation>Dem Zertifikat der Seite wird nicht vertraut oder es passt nicht zur Adresse; Steward sendet den Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The site refused the API key: check the key and the API username it was made for.</source>
        <translation>Die Seite hat den API-Schlüssel abgelehnt: Prüfen Sie den Schlüssel und den API-Benutzernamen, für den er erstellt wurde.</translation>
    </message>
    <message>
        <source>The address answers, but not as a Discourse site: check the address (and its path, if the forum has one).</source>
        <translation>Die Adresse antwortet, aber nicht als Discourse-Seite: Prüfen Sie die Adresse (und ihren Pfad, falls das Forum einen hat).</translation>
    </message>
    <message>
        <source>The key works, but %1 is not a moderator or admin there: the review queue is closed to it.</source>
        <translation>Der Schlüssel funktioniert, aber %1 ist dort weder Moderator noch Admin: Die Prüfwarteschlange bleibt verschlossen.</translation>
    </message>
    <message>
        <source>The site answered with an error; try again later.</source>
        <translation>Die Seite hat mit einem Fehler geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No case system is set up (File › Case system).</source>
        <translation>Es ist kein Fallsystem eingerichtet (Datei › Fallsystem).</translation>
    </message>
    <message>
        <source>The case system&apos;s address is not a web address.</source>
        <translation>Die Adresse des Fallsystems ist keine Webadresse.</translation>
    </message>
    <message>
        <source>ServiceNow needs the user Steward signs in as.</source>
        <translation>ServiceNow braucht den Benutzer, als der sich Steward anmeldet.</translation>
    </message>
    <message>
        <source>The webhook needs a body template.</source>
        <translation>Der Webhook braucht eine Vorlage für den Inhalt.</translation>
    </message>
    <message>
        <source>The webhook template is not JSON once filled in: %1</source>
        <translation>Die Webhook-Vorlage ist ausgefüllt kein JSON: %1</translation>
    </message>
    <message>
        <source>The case system sent the request on to %1; Steward sends its credentials nowhere else.</source>
        <translation>Das Fallsystem hat die Anfrage an %1 weitergeleitet; Steward sendet seine Zugangsdaten nirgendwo anders hin.</translation>
    </message>
    <message>
        <source>The case system did not answer within %1 s.</source>
        <translation>Das Fallsystem hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The case system&apos;s answer is larger than %1 MB.</source>
        <translation>Die Antwort des Fallsystems ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>the case system answered HTTP %1</source>
        <translation>das Fallsystem antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>The case system&apos;s answer is not JSON: %1</source>
        <translation>Die Antwort des Fallsystems ist kein JSON: %1</translation>
    </message>
    <message>
        <source>The case system&apos;s answer names no case number.</source>
        <translation>Die Antwort des Fallsystems nennt keine Fallnummer.</translation>
    </message>
</context>
<context>
    <name>steward::MovePostsDialog</name>
    <message>
        <source>To a &amp;new topic</source>
        <translation>In ein &amp;neues Thema</translation>
    </message>
    <message>
        <source>To an &amp;existing topic</source>
        <translation>In ein &amp;bestehendes Thema</translation>
    </message>
    <message numerus="yes">
        <source>Move %n post(s)</source>
        <translation>
            <numerusform>%n Beitrag verschieben</numerusform>
            <numerusform>%n Beiträge verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Title of the new topic</source>
        <translation>Titel des neuen Themas</translation>
    </message>
    <message>
        <source>Topic number or its address, e.g. /t/slug/123</source>
        <translation>Themennummer oder Adresse, z. B. /t/slug/123</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Into: %1</source>
        <translation>Nach: %1</translation>
    </message>
    <message>
        <source>No such topic in the local copy</source>
        <translation>Dieses Thema ist nicht in der lokalen Kopie</translation>
    </message>
</context>
<context>
    <name>steward::PenaltyDialog</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Silence %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <source>A suspended user cannot log in until the suspension ends.</source>
        <translation>Gesperrte Benutzer können sich bis zum Ende der Sperre nicht anmelden.</translation>
    </message>
    <message>
        <source>A silenced user can read and log in, but cannot post, message or flag.</source>
        <translation>Stummgeschaltete Benutzer können lesen und sich anmelden, aber weder schreiben noch Nachrichten senden oder melden.</translation>
    </message>
    <message>
        <source>Permanently</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum…</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Abusive or harassing posts</source>
        <translation>Beleidigende oder belästigende Beiträge</translation>
    </message>
    <message>
        <source>Repeated off-topic posts after warnings</source>
        <translation>Wiederholt themenfremde Beiträge trotz Verwarnung</translation>
    </message>
    <message>
        <source>Posting others&apos; personal information</source>
        <translation>Veröffentlichung persönlicher Daten anderer</translation>
    </message>
    <message>
        <source>Shown to the user and in the staff log</source>
        <translation>Wird dem Benutzer und im Team-Protokoll angezeigt</translation>
    </message>
    <message>
        <source>Optional: emailed to the user with the reason</source>
        <translation>Optional: wird dem Benutzer mit der Begründung per E-Mail gesendet</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Si&amp;lence</source>
        <translation>S&amp;tummschalten</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
</context>
<context>
    <name>steward::QueueModel</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Wertung %1</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Flagged post</source>
        <translation>Gemeldeter Beitrag</translation>
    </message>
    <message>
        <source>Queued post</source>
        <translation>Wartender Beitrag</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>off-topic</source>
        <translation>themenfremd</translation>
    </message>
    <message>
        <source>inappropriate</source>
        <translation>unangemessen</translation>
    </message>
    <message>
        <source>message to user</source>
        <translation>Nachricht an Benutzer</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>braucht Freigabe</translation>
    </message>
    <message>
        <source>illegal</source>
        <translation>rechtswidrig</translation>
    </message>
    <message>
        <source>flag type %1</source>
        <translation>Meldungsart %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T</numerusform>
            <numerusform>%n T</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; this decision is on its way</source>
        <translation>%1; diese Entscheidung ist unterwegs</translation>
    </message>
    <message>
        <source>%1; %2 decided, and their decision is on its way</source>
        <translation>%1; %2 hat entschieden, die Entscheidung ist unterwegs</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet …</translation>
    </message>
    <message>
        <source>%1 decided</source>
        <translation>%1 hat entschieden</translation>
    </message>
</context>
<context>
    <name>steward::QueuePane</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Medium and high</source>
        <translation>Mittel und hoch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Claimed or not</source>
        <translation>Übernommen oder nicht</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Search posts, authors, topics  (/)</source>
        <translation>Beiträge, Verfasser, Themen durchsuchen  (/)</translation>
    </message>
    <message>
        <source>%1: item sent in a few seconds</source>
        <translation>%1: Eintrag wird in wenigen Sekunden gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items sent in a few seconds</source>
        <translation>
            <numerusform>%1: %n Eintrag wird in wenigen Sekunden gesendet</numerusform>
            <numerusform>%1: %n Einträge werden in wenigen Sekunden gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unclaimed: %n</source>
        <translation>
            <numerusform>Übernahme aufgehoben: %n</numerusform>
            <numerusform>Übernahme aufgehoben: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claimed: %n</source>
        <translation>
            <numerusform>Übernommen: %n</numerusform>
            <numerusform>Übernommen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending %1</source>
        <translation>%1 wird gesperrt</translation>
    </message>
    <message>
        <source>Silencing %1</source>
        <translation>%1 wird stummgeschaltet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>Over %1 h</source>
        <translation>Über %1 h</translation>
    </message>
    <message>
        <source>Over %1 d</source>
        <translation>Über %1 T</translation>
    </message>
    <message>
        <source>Views: saved sets of filters</source>
        <translation>Ansichten: gespeicherte Filtereinstellungen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Save Filters as View…</source>
        <translation>Filter als Ansicht speichern…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>A view needs a name that is not one of the built-in views.</source>
        <translation>Eine Ansicht braucht einen Namen, der nicht zu den eingebauten Ansichten gehört.</translation>
    </message>
    <message>
        <source>Delete This View</source>
        <translation>Diese Ansicht löschen</translation>
    </message>
    <message>
        <source>Custom filters</source>
        <translation>Eigene Filter</translation>
    </message>
    <message>
        <source>Your decision “%1” was not applied: someone changed the item first. It is now %2 on the server.</source>
        <translation>Ihre Entscheidung „%1“ wurde nicht angewendet: Jemand hat den Eintrag zuvor geändert. Auf dem Server ist er jetzt %2.</translation>
    </message>
    <message>
        <source>Your decision “%1” failed: %2</source>
        <translation>Ihre Entscheidung „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Sending again in a few seconds</source>
        <translation>Wird in wenigen Sekunden erneut gesendet</translation>
    </message>
    <message>
        <source>Age Colours…</source>
        <translation>Altersfarben…</translation>
    </message>
    <message>
        <source>Age Colours</source>
        <translation>Altersfarben</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>An item&apos;s age is shown amber once it has waited this long, and red after the second.</source>
        <translation>Das Alter eines Eintrags wird gelb angezeigt, sobald er so lange gewartet hat, und rot nach der zweiten Dauer.</translation>
    </message>
    <message>
        <source>&amp;Ageing after:</source>
        <translation>&amp;Alternd nach:</translation>
    </message>
    <message>
        <source>&amp;Overdue after:</source>
        <translation>Ü&amp;berfällig nach:</translation>
    </message>
    <message>
        <source>Moderation queue</source>
        <translation>Moderationswarteschlange</translation>
    </message>
    <message>
        <source>j and k move, Enter opens the item on the site; ? lists every key</source>
        <translation>j und k bewegen, Enter öffnet den Eintrag auf der Website; ? listet alle Tasten</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Warteschlange durchsuchen</translation>
    </message>
    <message>
        <source>Your decision on this item is already on its way</source>
        <translation>Ihre Entscheidung zu diesem Eintrag ist schon unterwegs</translation>
    </message>
    <message>
        <source>%1 has already decided on this item; their Steward sends it</source>
        <translation>%1 hat über diesen Eintrag schon entschieden; die Entscheidung wird von dort gesendet</translation>
    </message>
    <message>
        <source>The selected items do not offer that decision, or are not pending</source>
        <translation>Die ausgewählten Einträge bieten diese Entscheidung nicht an oder sind nicht offen</translation>
    </message>
    <message>
        <source>The decision could not be stored: %1</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The item you were reading was decided elsewhere; the next one is shown</source>
        <translation>Über den Eintrag, den Sie gelesen haben, wurde anderswo entschieden; der nächste wird gezeigt</translation>
    </message>
    <message>
        <source>Not decided: the item you were reading was just decided elsewhere, and this is the next one</source>
        <translation>Nicht entschieden: Über den Eintrag, den Sie gelesen haben, wurde gerade anderswo entschieden, und dies ist der nächste</translation>
    </message>
</context>
<context>
    <name>steward::SandboxProcess</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the sandbox ended before it served</source>
        <translation>die Sandbox wurde beendet, bevor sie bereit war</translation>
    </message>
</context>
<context>
    <name>steward::SavedViews</name>
    <message>
        <source>All pending</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hohe Priorität</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Waiting over a day</source>
        <translation>Über einen Tag wartend</translation>
    </message>
    <message>
        <source>Flagged as spam</source>
        <translation>Als Spam gemeldet</translation>
    </message>
    <message>
        <source>Posts awaiting approval</source>
        <translation>Beiträge zur Freigabe</translation>
    </message>
</context>
<context>
    <name>steward::ScheduleDialog</name>
    <message>
        <source>Sync from the community first</source>
        <translation>Zuerst aus der Community synchronisieren</translation>
    </message>
    <message>
        <source>Schedule Reports</source>
        <translation>Berichte planen</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Last period done</source>
        <translation>Letzter erledigter Zeitraum</translation>
    </message>
    <message>
        <source>monthly-health</source>
        <translation>monatlich-gesundheit</translation>
    </message>
    <message>
        <source>Schedule name</source>
        <translation>Name des Plans</translation>
    </message>
    <message>
        <source>Transparency report (DSA)</source>
        <translation>Transparenzbericht (DSA)</translation>
    </message>
    <message>
        <source>Week (Monday to Sunday)</source>
        <translation>Woche (Montag bis Sonntag)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>https://chat.example.com/hooks/… (optional)</source>
        <translation>https://chat.example.com/hooks/… (optional)</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Ordner für die Berichte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>&amp;Add Schedule</source>
        <translation>Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Each schedule is a systemd user timer in %1 (steward-report-NAME.timer) that runs stewardctl schedule run NAME; a run missed while the computer was off happens at the next start. The schedules are kept in %2.</source>
        <translation>Jeder Plan ist ein systemd-Benutzer-Timer in %1 (steward-report-NAME.timer), der stewardctl schedule run NAME ausführt; ein Lauf, der verpasst wurde, während der Rechner aus war, folgt beim nächsten Start. Die Pläne liegen in %2.</translation>
    </message>
    <message>
        <source>Name the schedule with letters, digits, - and _.</source>
        <translation>Benennen Sie den Plan mit Buchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>Der Plan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved; the timer %1 is enabled.</source>
        <translation>Gespeichert; der Timer %1 ist aktiv.</translation>
    </message>
    <message>
        <source>Saved as %1, but no systemd user manager took it; enable it with: systemctl --user enable --now %2</source>
        <translation>Als %1 gespeichert, aber kein systemd-Benutzerdienst hat ihn übernommen; aktivieren Sie ihn mit: systemctl --user enable --now %2</translation>
    </message>
    <message>
        <source>The webhook must be an https address (or http to this computer).</source>
        <translation>Der Webhook muss eine https-Adresse sein (oder http zu diesem Rechner).</translation>
    </message>
</context>
<context>
    <name>steward::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Available once a community is synced</source>
        <translation>Verfügbar, sobald eine Community synchronisiert ist</translation>
    </message>
</context>
<context>
    <name>steward::ThreadView</name>
    <message>
        <source>This topic is not in the local copy.</source>
        <translation>Dieses Thema ist nicht in der lokalen Kopie.</translation>
    </message>
    <message>
        <source>This topic is not in the local copy yet. %1</source>
        <translation>Dieses Thema ist noch nicht in der lokalen Kopie. %1</translation>
    </message>
</context>
<context>
    <name>steward::ThreadsPane</name>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>No accepted solution</source>
        <translation>Ohne akzeptierte Lösung</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Search titles and posts…</source>
        <translation>Titel und Beiträge durchsuchen…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No activity for this many days makes a topic stale</source>
        <translation>So viele Tage ohne Aktivität machen ein Thema verwaist</translation>
    </message>
    <message>
        <source>Close or archive…</source>
        <translation>Schließen oder archivieren…</translation>
    </message>
    <message>
        <source>Preview and close or archive every topic of this stale view</source>
        <translation>Alle Themen dieser Ansicht prüfen und schließen oder archivieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Unlist</source>
        <translation>Unsichtbar machen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Move posts…</source>
        <translation>Beiträge verschieben…</translation>
    </message>
    <message>
        <source>Create support case…</source>
        <translation>Support-Fall anlegen…</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Dearchivieren</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Sichtbar machen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n post(s)…</source>
        <translation>
            <numerusform>%n Beitrag verschieben…</numerusform>
            <numerusform>%n Beiträge verschieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing “%1”</source>
        <translation>„%1“ wird geschlossen</translation>
    </message>
    <message>
        <source>Reopening “%1”</source>
        <translation>„%1“ wird wieder geöffnet</translation>
    </message>
    <message>
        <source>Pinning “%1”</source>
        <translation>„%1“ wird angeheftet</translation>
    </message>
    <message>
        <source>Unpinning “%1”</source>
        <translation>„%1“ wird gelöst</translation>
    </message>
    <message>
        <source>Archiving “%1”</source>
        <translation>„%1“ wird archiviert</translation>
    </message>
    <message>
        <source>Unarchiving “%1”</source>
        <translation>„%1“ wird dearchiviert</translation>
    </message>
    <message>
        <source>Listing “%1”</source>
        <translation>„%1“ wird sichtbar gemacht</translation>
    </message>
    <message>
        <source>Unlisting “%1”</source>
        <translation>„%1“ wird unsichtbar gemacht</translation>
    </message>
    <message>
        <source>Editing “%1”</source>
        <translation>„%1“ wird bearbeitet</translation>
    </message>
    <message>
        <source>Deleting post #%1</source>
        <translation>Beitrag #%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Recovering post #%1</source>
        <translation>Beitrag #%1 wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Accepting post #%1 as the solution</source>
        <translation>Beitrag #%1 wird als Lösung akzeptiert</translation>
    </message>
    <message>
        <source>Unaccepting post #%1</source>
        <translation>Lösung #%1 wird zurückgenommen</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n post(s) into topic %1</source>
        <translation>
            <numerusform>%n Beitrag wird in Thema %1 verschoben</numerusform>
            <numerusform>%n Beiträge werden in Thema %1 verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n post(s) to “%1”</source>
        <translation>
            <numerusform>%n Beitrag wird nach „%1“ verschoben</numerusform>
            <numerusform>%n Beiträge werden nach „%1“ verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archiving %n stale topic(s)</source>
        <translation>
            <numerusform>%n verwaistes Thema wird archiviert</numerusform>
            <numerusform>%n verwaiste Themen werden archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closing %n stale topic(s)</source>
        <translation>
            <numerusform>%n verwaistes Thema wird geschlossen</numerusform>
            <numerusform>%n verwaiste Themen werden geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the support case again…</source>
        <translation>Der Support-Fall wird erneut gesendet…</translation>
    </message>
    <message>
        <source>The support case could not be stored: %1</source>
        <translation>Der Support-Fall konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Sending the support case…</source>
        <translation>Der Support-Fall wird gesendet…</translation>
    </message>
    <message>
        <source>Support case %1 created</source>
        <translation>Support-Fall %1 angelegt</translation>
    </message>
    <message>
        <source>The support case was not created: %1 (kept; “send again” in the thread)</source>
        <translation>Der Support-Fall wurde nicht angelegt: %1 (aufbewahrt; „erneut senden“ im Thema)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Topic views</source>
        <translation>Themenansichten</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Themen durchsuchen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>steward::TopicEditDialog</name>
    <message>
        <source>Edit topic</source>
        <translation>Thema bearbeiten</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The title needs at least 15 characters.</source>
        <translation>Der Titel braucht mindestens 15 Zeichen.</translation>
    </message>
    <message>
        <source>The title can have at most 255 characters.</source>
        <translation>Der Titel darf höchstens 255 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>steward::TopicListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n Mon.</numerusform>
            <numerusform>%n Mon.</numerusform>
        </translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>unsichtbar</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>gelöst</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n gemeldet</numerusform>
            <numerusform>%n gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Tags: %2</source>
        <translation>%1
Schlagwörter: %2</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>steward::TransparencyDialog</name>
    <message>
        <source>Transparency Report</source>
        <translation>Transparenzbericht</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF, for publication</source>
        <translation>PDF, zur Veröffentlichung</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>Tabelle (XLSX)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Grounds of flag reasons</source>
        <translation>Gründe der Meldearten</translation>
    </message>
    <message>
        <source>Flag reason</source>
        <translation>Meldegrund</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Zählt als</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Illegal content</source>
        <translation>Rechtswidrige Inhalte</translation>
    </message>
    <message>
        <source>Ground of %1</source>
        <translation>Grund für %1</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Which flag reasons are notices of illegal content (Art. 16); the others count against the terms of service. Actions without a flag count against the terms.</source>
        <translation>Welche Meldegründe Meldungen rechtswidriger Inhalte sind (Art. 16); die übrigen zählen als Verstoß gegen die Nutzungsbedingungen. Maßnahmen ohne Meldung zählen gegen die Nutzungsbedingungen.</translation>
    </message>
</context>
<context>
    <name>steward::UserNotesService</name>
    <message>
        <source>the forum does not know this user (deleted?)</source>
        <translation>das Forum kennt dieses Mitglied nicht (gelöscht?)</translation>
    </message>
</context>
<context>
    <name>steward::UserNotesView</name>
    <message>
        <source>an earlier Steward</source>
        <translation>eine frühere Steward-Version</translation>
    </message>
    <message>
        <source>sending to the forum…</source>
        <translation>wird an das Forum gesendet …</translation>
    </message>
    <message>
        <source>deleting on the forum…</source>
        <translation>wird im Forum gelöscht …</translation>
    </message>
    <message>
        <source>on the forum</source>
        <translation>im Forum</translation>
    </message>
    <message>
        <source>in Steward only</source>
        <translation>nur in Steward</translation>
    </message>
    <message>
        <source>— %1, %2 · %3</source>
        <translation>— %1, %2 · %3</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Notes on the author</source>
        <translation>Notizen zum Verfasser</translation>
    </message>
    <message>
        <source>New note on the author</source>
        <translation>Neue Notiz zum Verfasser</translation>
    </message>
    <message>
        <source>Adds the note (Ctrl+Return)</source>
        <translation>Fügt die Notiz hinzu (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Notes, kept in the team database (the forum has no user notes plugin)</source>
        <translation>Notizen, in der Team-Datenbank gespeichert (das Forum hat kein Plugin für Mitgliedernotizen)</translation>
    </message>
    <message>
        <source>Notes, kept on this computer (the forum has no user notes plugin)</source>
        <translation>Notizen, auf diesem Computer gespeichert (das Forum hat kein Plugin für Mitgliedernotizen)</translation>
    </message>
    <message>
        <source>Notes, shared with the forum&apos;s user notes</source>
        <translation>Notizen, mit den Mitgliedernotizen des Forums abgeglichen</translation>
    </message>
    <message>
        <source>Notes (asking the forum for its user notes…)</source>
        <translation>Notizen (die Mitgliedernotizen des Forums werden abgefragt …)</translation>
    </message>
    <message>
        <source>The forum&apos;s notes could not be read: %1</source>
        <translation>Die Notizen des Forums konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Add a note on this user (Ctrl+Return)</source>
        <translation>Notiz zu diesem Mitglied hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Notiz nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The note could not be stored: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Note not deleted</source>
        <translation>Notiz nicht gelöscht</translation>
    </message>
    <message>
        <source>The forum lets only admins delete notes here.</source>
        <translation>In diesem Forum dürfen nur Administratoren Notizen löschen.</translation>
    </message>
    <message>
        <source>The note could not be deleted: %1</source>
        <translation>Die Notiz konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Note not sent</source>
        <translation>Notiz nicht gesendet</translation>
    </message>
    <message>
        <source>The note could not be queued: %1</source>
        <translation>Die Notiz konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Send to the forum</source>
        <translation>An das Forum &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>No notes on this user yet.</source>
        <translation>Zu diesem Mitglied gibt es noch keine Notizen.</translation>
    </message>
    <message>
        <source>a deleted user</source>
        <translation>ein gelöschtes Mitglied</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete this note? It is kept in Steward only, so it cannot be undone.</source>
        <translation>Diese Notiz löschen? Sie ist nur in Steward gespeichert, das Löschen lässt sich also nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>steward::analytics::Definitions</name>
    <message>
        <source>Periods are whole local days from the first to the last date, in the report&apos;s time zone; the previous period is as many days just before. A counted topic is a regular (not private) topic that is not deleted, in the chosen category or one below it. Staff are admins and moderators. Durations are hours. Medians and 90th percentiles interpolate between the two nearest values.</source>
        <translation>Zeiträume sind ganze lokale Tage vom ersten bis zum letzten Datum in der Zeitzone des Berichts; die Vorperiode umfasst ebenso viele Tage direkt davor. Ein gezähltes Thema ist ein reguläres (nicht privates), nicht gelöschtes Thema in der gewählten Kategorie oder einer darunter. Team sind Administratoren und Moderatoren. Dauern sind Stunden. Mediane und 90. Perzentile interpolieren zwischen den zwei nächsten Werten.</translation>
    </message>
    <message>
        <source>Discourse&apos;s (any reply)</source>
        <translation>Wie Discourse (jede Antwort)</translation>
    </message>
    <message>
        <source>Staff reply</source>
        <translation>Antwort des Teams</translation>
    </message>
    <message>
        <source>Reply or whisper</source>
        <translation>Antwort oder Flüstern</translation>
    </message>
    <message>
        <source> Counted topics created in the period; topics no response reached drop out (their number is reported beside). Replies timed at or before the topic&apos;s creation do not count. The time is grouped by the day the topic was created.</source>
        <translation> Gezählte Themen, die im Zeitraum erstellt wurden; Themen ohne Antwort fallen heraus (ihre Zahl wird daneben genannt). Antworten mit einem Zeitpunkt bis zur Erstellung des Themas zählen nicht. Gruppiert wird nach dem Tag, an dem das Thema erstellt wurde.</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Discourse&apos;s time_to_first_response: hours from a topic&apos;s creation to its first regular reply by someone other than its author. The first post, deleted posts, whispers, small actions and moderator actions do not count; private messages and deleted topics are left out.</source>
        <translation>Discourses time_to_first_response: Stunden von der Erstellung eines Themas bis zur ersten regulären Antwort von jemand anderem als dem Autor. Der erste Beitrag, gelöschte Beiträge, Flüstern, kleine Aktionen und Moderatoraktionen zählen nicht; private Nachrichten und gelöschte Themen bleiben außen vor.</translation>
    </message>
    <message>
        <source>Time to first staff response</source>
        <translation>Zeit bis zur ersten Antwort des Teams</translation>
    </message>
    <message>
        <source>Hours from a topic&apos;s creation to its first regular reply by an admin or moderator other than its author; deleted posts, whispers, small actions and moderator actions do not count.</source>
        <translation>Stunden von der Erstellung eines Themas bis zur ersten regulären Antwort eines Administrators oder Moderators, der nicht der Autor ist; gelöschte Beiträge, Flüstern, kleine Aktionen und Moderatoraktionen zählen nicht.</translation>
    </message>
    <message>
        <source>Time to first response or whisper</source>
        <translation>Zeit bis zur ersten Antwort oder zum ersten Flüstern</translation>
    </message>
    <message>
        <source>Hours from a topic&apos;s creation to its first regular reply or staff whisper by someone other than its author: when someone first took it up, even if only staff could see it. Deleted posts, small actions and moderator actions do not count.</source>
        <translation>Stunden von der Erstellung eines Themas bis zur ersten regulären Antwort oder zum ersten Flüstern des Teams von jemand anderem als dem Autor: wann sich zuerst jemand darum kümmerte, auch wenn es nur das Team sehen konnte. Gelöschte Beiträge, kleine Aktionen und Moderatoraktionen zählen nicht.</translation>
    </message>
    <message>
        <source>New topics</source>
        <translation>Neue Themen</translation>
    </message>
    <message>
        <source>Counted topics created in the period, by the day they were created.</source>
        <translation>Gezählte Themen, die im Zeitraum erstellt wurden, nach dem Tag ihrer Erstellung.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Regular posts written in the period in counted topics, first posts included; deleted posts, whispers, small actions and moderator actions are left out.</source>
        <translation>Reguläre Beiträge, die im Zeitraum in gezählten Themen geschrieben wurden, erste Beiträge eingeschlossen; gelöschte Beiträge, Flüstern, kleine Aktionen und Moderatoraktionen bleiben außen vor.</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Neue Benutzer</translation>
    </message>
    <message>
        <source>Accounts created in the period. Not filtered by category.</source>
        <translation>Im Zeitraum erstellte Konten. Nicht nach Kategorie gefiltert.</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>Distinct users who wrote at least one counted post in the bucket (or, for the total, in the period). Reading is not activity here: the API does not expose visits per user.</source>
        <translation>Verschiedene Benutzer, die in der Gruppe (bzw. für die Summe im Zeitraum) mindestens einen gezählten Beitrag schrieben. Lesen zählt hier nicht als Aktivität: Die API gibt keine Besuche pro Benutzer heraus.</translation>
    </message>
    <message>
        <source>Community share of first responses</source>
        <translation>Community-Anteil an ersten Antworten</translation>
    </message>
    <message>
        <source>Of the topics that got a first response (in the chosen definition), the share whose first responder is not staff. Staff and community counts are reported beside.</source>
        <translation>Von den Themen mit einer ersten Antwort (nach der gewählten Definition) der Anteil, bei dem die erste Antwort nicht vom Team kam. Die Zahlen für Team und Community stehen daneben.</translation>
    </message>
    <message>
        <source>Time to solution</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>For counted topics created in the period that have an accepted answer: hours from the topic&apos;s creation to the creation of the post accepted as its answer (the API does not say when it was accepted, so this is the time until the answer was there).</source>
        <translation>Für gezählte Themen aus dem Zeitraum mit akzeptierter Antwort: Stunden von der Erstellung des Themas bis zur Erstellung des als Antwort akzeptierten Beitrags (die API nennt nicht, wann akzeptiert wurde; gemessen wird also, bis die Antwort da war).</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>Zeit bis zur Schließung</translation>
    </message>
    <message>
        <source>For counted topics created in the period that were closed without an accepted answer: hours from the topic&apos;s creation to its last small-action post (the notice Discourse writes when a topic is closed). Closed topics without such a post count as closed but have no time.</source>
        <translation>Für gezählte Themen aus dem Zeitraum, die ohne akzeptierte Antwort geschlossen wurden: Stunden von der Erstellung bis zum letzten Beitrag mit kleiner Aktion (dem Hinweis, den Discourse beim Schließen schreibt). Geschlossene Themen ohne solchen Beitrag zählen als geschlossen, haben aber keine Zeit.</translation>
    </message>
    <message>
        <source>Solved rate</source>
        <translation>Lösungsquote</translation>
    </message>
    <message>
        <source>Counted topics created in the period with an accepted answer, divided by those created in categories that allow accepted answers (every category when the site names none).</source>
        <translation>Gezählte Themen aus dem Zeitraum mit akzeptierter Antwort, geteilt durch die in Kategorien erstellten, die akzeptierte Antworten erlauben (alle Kategorien, wenn die Website keine nennt).</translation>
    </message>
    <message>
        <source>Unanswered topics</source>
        <translation>Unbeantwortete Themen</translation>
    </message>
    <message>
        <source>Discourse&apos;s topics_with_no_response: counted topics created in the period that have no live regular reply by anyone other than their author, as of the last sync.</source>
        <translation>Discourses topics_with_no_response: gezählte Themen aus dem Zeitraum ohne bestehende reguläre Antwort von jemand anderem als dem Autor, Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Most active topics</source>
        <translation>Aktivste Themen</translation>
    </message>
    <message>
        <source>Topics by the number of posts (as in Posts) written in the period, whenever the topic was created.</source>
        <translation>Themen nach der Zahl der im Zeitraum geschriebenen Beiträge (wie bei Beiträge), gleich wann das Thema erstellt wurde.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Per category: counted topics created and posts written in the period, each with its share of the period&apos;s total and the previous period&apos;s figures for change. Subcategories are listed on their own.</source>
        <translation>Pro Kategorie: im Zeitraum erstellte gezählte Themen und geschriebene Beiträge, jeweils mit Anteil an der Summe des Zeitraums und den Zahlen der Vorperiode zum Vergleich. Unterkategorien stehen für sich.</translation>
    </message>
    <message>
        <source>Top contributors</source>
        <translation>Aktivste Mitwirkende</translation>
    </message>
    <message>
        <source>Users by posts written in the period (as in Posts), by accepted answers among those posts, and by the likes those posts hold now, staff and community apart.</source>
        <translation>Benutzer nach im Zeitraum geschriebenen Beiträgen (wie bei Beiträge), nach akzeptierten Antworten darunter und nach den Likes, die diese Beiträge jetzt haben, Team und Community getrennt.</translation>
    </message>
    <message>
        <source>Moderator activity</source>
        <translation>Moderatoraktivität</translation>
    </message>
    <message>
        <source>Per moderator: review items they resolved in the period (from the synced review history, filtered by category) and decisions sent from Steward on this machine that the server confirmed (from the audit log; not filtered by category).</source>
        <translation>Pro Moderator: im Zeitraum erledigte Prüfeinträge (aus der synchronisierten Prüfhistorie, nach Kategorie gefiltert) und von Steward auf diesem Rechner gesendete, vom Server bestätigte Entscheidungen (aus dem Prüfprotokoll; nicht nach Kategorie gefiltert).</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Flags raised in the period, by reason, with how many were agreed, disagreed, ignored or are pending. Outcome shares are of the handled flags.</source>
        <translation>Im Zeitraum erstellte Meldungen nach Grund, mit der Zahl der zugestimmten, abgelehnten, ignorierten und offenen. Die Anteile beziehen sich auf die bearbeiteten Meldungen.</translation>
    </message>
    <message>
        <source>Time to handle a flag</source>
        <translation>Zeit bis zur Bearbeitung einer Meldung</translation>
    </message>
    <message>
        <source>For flags raised in the period and handled since: hours from the flag to its review (the flag&apos;s own review time, else its item&apos;s).</source>
        <translation>Für im Zeitraum erstellte und seither bearbeitete Meldungen: Stunden von der Meldung bis zu ihrer Prüfung (die Prüfzeit der Meldung selbst, sonst die ihres Eintrags).</translation>
    </message>
    <message>
        <source>Review backlog</source>
        <translation>Prüfrückstand</translation>
    </message>
    <message>
        <source>Review items waiting at the end of each bucket (or now, for the current one), with the median and oldest age of those waiting. Items resolved at an unknown time are left out.</source>
        <translation>Am Ende jeder Gruppe (bzw. jetzt, für die aktuelle) wartende Prüfeinträge, mit dem medianen und dem höchsten Alter der Wartenden. Einträge, die zu unbekannter Zeit erledigt wurden, bleiben außen vor.</translation>
    </message>
    <message>
        <source>Response times by category</source>
        <translation>Antwortzeiten nach Kategorie</translation>
    </message>
    <message>
        <source>Per category: the time to first response (by the report&apos;s definition) of counted topics created in the period, with the previous period&apos;s median, the first responses staff gave and the topics no response reached. Subcategories are listed on their own.</source>
        <translation>Je Kategorie: die Zeit bis zur ersten Antwort (nach der Definition des Berichts) gezählter Themen, die im Zeitraum erstellt wurden, mit dem Median des Vorzeitraums, den ersten Antworten des Teams und den Themen ohne Antwort. Unterkategorien werden einzeln aufgeführt.</translation>
    </message>
</context>
<context>
    <name>steward::analytics::Headlines</name>
    <message>
        <source>%1 (median)</source>
        <translation>%1 (Median)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>±0 %</source>
        <translation>±0 %</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Off-topic</source>
        <translation>Themenfremd</translation>
    </message>
    <message>
        <source>Inappropriate</source>
        <translation>Unangemessen</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Message to user</source>
        <translation>Nachricht an Benutzer</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <source>Illegal</source>
        <translation>Rechtswidrig</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
</context>
<context>
    <name>steward::reports::ReportFiles</name>
    <message>
        <source>%1 · generated %2</source>
        <translation>%1 · erstellt %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows, in the spreadsheet and CSV exports.</source>
        <translation>
            <numerusform>… und %n weitere Zeile, im Tabellen- und CSV-Export.</numerusform>
            <numerusform>… und %n weitere Zeilen, im Tabellen- und CSV-Export.</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF could not be laid out</source>
        <translation>das PDF konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changes of counts under 10 are given in items, not per cent. Definitions are on the last pages.</source>
        <translation>Änderungen von Anzahlen unter 10 stehen in Stück, nicht in Prozent. Die Definitionen stehen auf den letzten Seiten.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Konventionen</translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>die Tabelle konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Totals and comparisons of each section</source>
        <translation>Summen und Vergleiche jedes Abschnitts</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Parameters and definitions</source>
        <translation>Parameter und Definitionen</translation>
    </message>
</context>
<context>
    <name>steward::reports::ReportPresets</name>
    <message>
        <source>Full report</source>
        <translation>Vollständiger Bericht</translation>
    </message>
    <message>
        <source>Every KPI, table and chart of the dashboard.</source>
        <translation>Jede Kennzahl, Tabelle und jedes Diagramm des Dashboards.</translation>
    </message>
    <message>
        <source>Community health</source>
        <translation>Zustand der Community</translation>
    </message>
    <message>
        <source>Activity, time to first response, solved rate, unanswered topics, categories and top contributors: how the community is doing, for a weekly or monthly review.</source>
        <translation>Aktivität, Zeit bis zur ersten Antwort, Lösungsquote, unbeantwortete Themen, Kategorien und die aktivsten Mitglieder: wie es der Community geht, für einen wöchentlichen oder monatlichen Rückblick.</translation>
    </message>
    <message>
        <source>Moderation activity</source>
        <translation>Moderationsaktivität</translation>
    </message>
    <message>
        <source>Flags by reason and outcome, time to handle a flag, the review backlog and what each moderator resolved.</source>
        <translation>Meldungen nach Grund und Ergebnis, Bearbeitungszeit einer Meldung, der Prüfrückstand und was jede Moderation erledigt hat.</translation>
    </message>
    <message>
        <source>Response times by category</source>
        <translation>Antwortzeiten nach Kategorie</translation>
    </message>
    <message>
        <source>Time to first response over the period and in each category, with the topics no response reached.</source>
        <translation>Zeit bis zur ersten Antwort im Zeitraum und in jeder Kategorie, mit den Themen ohne Antwort.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>New topics and posts</source>
        <translation>Neue Themen und Beiträge</translation>
    </message>
    <message>
        <source>Time to first response (hours)</source>
        <translation>Zeit bis zur ersten Antwort (Stunden)</translation>
    </message>
    <message>
        <source>Topics by time to first response</source>
        <translation>Themen nach Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Median time to first response by category (hours)</source>
        <translation>Median der Zeit bis zur ersten Antwort nach Kategorie (Stunden)</translation>
    </message>
    <message>
        <source>Posts by category</source>
        <translation>Beiträge nach Kategorie</translation>
    </message>
    <message>
        <source>Top community contributors by posts</source>
        <translation>Aktivste Mitglieder nach Beiträgen</translation>
    </message>
    <message>
        <source>Flags by reason and outcome</source>
        <translation>Meldungen nach Grund und Ergebnis</translation>
    </message>
    <message>
        <source>Review items waiting</source>
        <translation>Wartende Prüfeinträge</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Unanswered topics</source>
        <translation>Unbeantwortete Themen</translation>
    </message>
    <message>
        <source>Most active topics</source>
        <translation>Aktivste Themen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Top contributors</source>
        <translation>Aktivste Mitglieder</translation>
    </message>
    <message>
        <source>Moderator activity</source>
        <translation>Moderationsaktivität</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Review backlog</source>
        <translation>Prüfrückstand</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>New topics</source>
        <translation>Neue Themen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>%1 h+</source>
        <translation>%1 h+</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 h</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>steward::reports::ReportSchedules</name>
    <message>
        <source>schedule &apos;%1&apos; is not readable</source>
        <translation>Plan &apos;%1&apos; ist nicht lesbar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a schedules file: %2</source>
        <translation>%1 ist keine Plandatei: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a path a timer can run</source>
        <translation>%1 ist kein Pfad, den ein Timer ausführen kann</translation>
    </message>
    <message>
        <source>schedule &apos;%1&apos; was removed during the run</source>
        <translation>Plan &apos;%1&apos; wurde während des Laufs entfernt</translation>
    </message>
</context>
<context>
    <name>steward::reports::Transparency</name>
    <message>
        <source>the ground of &apos;%1&apos; is &apos;%2&apos;; illegal or terms</source>
        <translation>der Grund für &apos;%1&apos; ist &apos;%2&apos;; illegal oder terms</translation>
    </message>
    <message>
        <source>Removal of content</source>
        <translation>Entfernung von Inhalten</translation>
    </message>
    <message>
        <source>Content refused before publication</source>
        <translation>Vor Veröffentlichung abgelehnte Inhalte</translation>
    </message>
    <message>
        <source>Visibility restricted (post hidden)</source>
        <translation>Sichtbarkeit eingeschränkt (Beitrag verborgen)</translation>
    </message>
    <message>
        <source>Account restricted (silenced)</source>
        <translation>Konto eingeschränkt (stummgeschaltet)</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Account terminated</source>
        <translation>Konto beendet</translation>
    </message>
    <message>
        <source>Transparency report</source>
        <translation>Transparenzbericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Regulation (EU) 2022/2065 (Digital Services Act), Art. 15 and Art. 24; tables in the order of the templates of Implementing Regulation (EU) 2024/2835</source>
        <translation>Verordnung (EU) 2022/2065 (Gesetz über digitale Dienste), Art. 15 und Art. 24; Tabellen in der Reihenfolge der Vorlagen der Durchführungsverordnung (EU) 2024/2835</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>Moderationsmaßnahmen</translation>
    </message>
    <message>
        <source>Notices from users</source>
        <translation>Meldungen von Nutzern</translation>
    </message>
    <message>
        <source>Flag reasons counted as illegal content</source>
        <translation>Als rechtswidrige Inhalte gezählte Meldegründe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Appeals (internal complaints)</source>
        <translation>Beschwerden (internes Beschwerdemanagement)</translation>
    </message>
    <message>
        <source>not recorded by Discourse; see Gaps</source>
        <translation>von Discourse nicht erfasst; siehe Lücken</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Actions are the rows of Discourse&apos;s staff action log (/admin/logs/staff_action_logs) in the period: deleted posts and topics (removal), rejected queued posts (refused before publication), silenced users (account restricted), suspended users (account suspended) and deleted users (account terminated); and flags agreed with in the period whose post is hidden now (visibility restricted). An action answers the review item on its post or user decided nearest to it, within a day (a rejected post: the queued post the same moderator rejected within five minutes). Its ground is illegal content when any flag on that item has a reason counted as illegal content, otherwise the terms of service; actions without a flag count against the terms of service. Detection: a user&apos;s flag is a notice; an item raised only by the system (watched words, spam filters, held posts) or an action by the system user is automated; the rest are on staff&apos;s own initiative. The time to act runs from the first flag on the item to the action.</source>
        <translation>Maßnahmen sind die Zeilen des Team-Aktionsprotokolls von Discourse (/admin/logs/staff_action_logs) im Zeitraum: gelöschte Beiträge und Themen (Entfernung), abgelehnte Beiträge aus der Warteschlange (vor Veröffentlichung abgelehnt), stummgeschaltete Benutzer (Konto eingeschränkt), gesperrte Benutzer (Konto gesperrt) und gelöschte Benutzer (Konto beendet); dazu Meldungen, denen im Zeitraum zugestimmt wurde und deren Beitrag jetzt verborgen ist (Sichtbarkeit eingeschränkt). Eine Maßnahme beantwortet den Prüfeintrag zu ihrem Beitrag oder Benutzer, der ihr zeitlich am nächsten entschieden wurde, binnen eines Tages (ein abgelehnter Beitrag: der Beitrag aus der Warteschlange, den dieselbe Moderation binnen fünf Minuten ablehnte). Ihr Grund sind rechtswidrige Inhalte, wenn eine Meldung zu diesem Eintrag einen als rechtswidrig gezählten Grund hat, sonst die Nutzungsbedingungen; Maßnahmen ohne Meldung zählen gegen die Nutzungsbedingungen. Erkennung: die Meldung eines Nutzers ist ein Hinweis; ein Eintrag, den nur das System auslöste (überwachte Wörter, Spamfilter, zurückgehaltene Beiträge), oder eine Maßnahme des Systembenutzers ist automatisiert; der Rest geschah aus eigener Initiative des Teams. Die Zeit bis zur Maßnahme läuft von der ersten Meldung zum Eintrag bis zur Maßnahme.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Discourse does not record appeals of moderation decisions, out-of-court settlements or the number of monthly active recipients in the EU; they are not in this report and must be added by the provider. Discourse records which flag was agreed with, not whether the post was then hidden or kept: hidden posts are read from the copy as it is now. Suspensions&apos; end dates are not in the log. Rows of the log older than its first sync, or cleared by an admin, are missing. Only actions on this forum are counted, whatever the country of the users.</source>
        <translation>Discourse erfasst weder Beschwerden gegen Moderationsentscheidungen noch außergerichtliche Streitbeilegungen noch die Zahl der monatlich aktiven Nutzer in der EU; sie fehlen in diesem Bericht und sind vom Anbieter zu ergänzen. Discourse hält fest, welcher Meldung zugestimmt wurde, nicht ob der Beitrag danach verborgen oder belassen wurde: verborgene Beiträge werden aus der Kopie in ihrem jetzigen Stand gelesen. Das Ende von Sperren steht nicht im Protokoll. Protokollzeilen, die älter sind als seine erste Synchronisierung oder von einem Admin gelöscht wurden, fehlen. Gezählt werden nur Maßnahmen in diesem Forum, gleich aus welchem Land die Nutzer sind.</translation>
    </message>
    <message>
        <source>Moderation actions by type, ground and detection</source>
        <translation>Moderationsmaßnahmen nach Art, Grund und Erkennung</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Notices (flags) by reason and what came of them</source>
        <translation>Meldungen nach Grund und was daraus wurde</translation>
    </message>
    <message>
        <source>Suspensions and other restrictions of accounts</source>
        <translation>Sperren und andere Beschränkungen von Konten</translation>
    </message>
    <message>
        <source>Accounts suspended</source>
        <translation>Gesperrte Konten</translation>
    </message>
    <message>
        <source>Suspensions lifted early</source>
        <translation>Vorzeitig aufgehobene Sperren</translation>
    </message>
    <message>
        <source>Accounts silenced</source>
        <translation>Stummgeschaltete Konten</translation>
    </message>
    <message>
        <source>Silences lifted early</source>
        <translation>Vorzeitig aufgehobene Stummschaltungen</translation>
    </message>
    <message>
        <source>Accounts terminated</source>
        <translation>Beendete Konten</translation>
    </message>
    <message>
        <source>Staff action log in the copy</source>
        <translation>Team-Aktionsprotokoll in der Kopie</translation>
    </message>
    <message>
        <source>none: it was never synced, or the key could not read it; the actions above are incomplete</source>
        <translation>keines: es wurde nie synchronisiert, oder der Schlüssel durfte es nicht lesen; die Maßnahmen oben sind unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>%n rows from %1</source>
        <translation>
            <numerusform>%n Zeile ab %1</numerusform>
            <numerusform>%n Zeilen ab %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The copy&apos;s staff action log starts after the period does: actions before it are missing.</source>
        <translation>Das Team-Aktionsprotokoll der Kopie beginnt nach dem Zeitraum: frühere Maßnahmen fehlen.</translation>
    </message>
</context>
<context>
    <name>stewardctl</name>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>stewardctl: no command given; see --help</source>
        <translation>stewardctl: kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <source>stewardctl: unknown command &apos;%1&apos;; see --help</source>
        <translation>stewardctl: unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <source>Serve the sandbox community: a generated support forum with the Discourse API, on 127.0.0.1.</source>
        <translation>Die Sandbox-Community bereitstellen: ein erzeugtes Support-Forum mit der Discourse-API, auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>small (~2k posts), medium (~200k) or large (~2M).</source>
        <translation>small (~2k Beiträge), medium (~200k) oder large (~2M).</translation>
    </message>
    <message>
        <source>Seed of the generated community.</source>
        <translation>Startwert der erzeugten Community.</translation>
    </message>
    <message>
        <source>End of the generated history, ISO 8601 (default: now).</source>
        <translation>Ende der erzeugten Geschichte, ISO 8601 (Vorgabe: jetzt).</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>API requests per minute for the whole site; 0 for none.</source>
        <translation>API-Anfragen pro Minute für die ganze Seite; 0 für keine Grenze.</translation>
    </message>
    <message>
        <source>Keep the community and every change in this directory.</source>
        <translation>Die Community und jede Änderung in diesem Verzeichnis aufbewahren.</translation>
    </message>
    <message>
        <source>Inject faults, e.g. latency=200,5xx=0.1,malformed=0.05,truncated=0.05,stall=0.01.</source>
        <translation>Fehler einspeisen, z. B. latency=200,5xx=0.1,malformed=0.05,truncated=0.05,stall=0.01.</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos; (small, medium, large)</source>
        <translation>unbekannte Größe „%1“ (small, medium, large)</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer</source>
        <translation>--seed braucht eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date or date-time</source>
        <translation>--now braucht ein Datum oder eine Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port braucht eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>--rate-limit needs a non-negative number</source>
        <translation>--rate-limit braucht eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>Generated the %1 community (seed %2) in %3 ms: %4 users, %5 topics, %6 posts, %7 review items.</source>
        <translation>Die Community „%1“ (Startwert %2) in %3 ms erzeugt: %4 Benutzer, %5 Themen, %6 Beiträge, %7 Einträge zur Prüfung.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>syncing %1...</source>
        <translation>synchronisiere %1 …</translation>
    </message>
    <message>
        <source> ETA %1</source>
        <translation> noch %1</translation>
    </message>
    <message>
        <source>Sync a community into a local database. The API key comes from the environment variable STEWARD_API_KEY, else from the system keychain.</source>
        <translation>Eine Community in eine lokale Datenbank synchronisieren. Der API-Schlüssel kommt aus der Umgebungsvariablen STEWARD_API_KEY, sonst aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Base URL of the community (https://...).</source>
        <translation>Basis-URL der Community (https://…).</translation>
    </message>
    <message>
        <source>The staff user to act as.</source>
        <translation>Der Team-Benutzer, als der gehandelt wird.</translation>
    </message>
    <message>
        <source>Sync only queue, topics or users.</source>
        <translation>Nur Warteschlange (queue), Themen (topics) oder Benutzer (users) synchronisieren.</translation>
    </message>
    <message>
        <source>Requests per minute the account may make (Discourse&apos;s default: 60; 0: no limit).</source>
        <translation>Anfragen pro Minute, die das Konto stellen darf (Vorgabe von Discourse: 60; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>--url, --api-username and --db are required</source>
        <translation>--url, --api-username und --db sind erforderlich</translation>
    </message>
    <message>
        <source>--only takes queue, topics or users, not &apos;%1&apos;</source>
        <translation>--only nimmt queue, topics oder users, nicht „%1“</translation>
    </message>
    <message>
        <source>--rate-limit needs a number of requests per minute</source>
        <translation>--rate-limit braucht eine Zahl von Anfragen pro Minute</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>„%1“ ist keine URL</translation>
    </message>
    <message>
        <source>refusing to send an API key to %1: use https:// (plain http only to this machine)</source>
        <translation>der API-Schlüssel wird nicht an %1 gesendet: https:// verwenden (einfaches http nur an diesen Rechner)</translation>
    </message>
    <message>
        <source>no API key: set STEWARD_API_KEY or add the account in Steward (keychain: %1)</source>
        <translation>kein API-Schlüssel: STEWARD_API_KEY setzen oder das Konto in Steward hinzufügen (Schlüsselbund: %1)</translation>
    </message>
    <message>
        <source>%1 sync %2 in %3: %4 categories, %5 users, %6 topics, %7 posts, %8 reviewables; %9 requests, %10 rate-limited (429)</source>
        <translation>%1 Synchronisierung %2 in %3: %4 Kategorien, %5 Benutzer, %6 Themen, %7 Beiträge, %8 Prüfeinträge; %9 Anfragen, %10 gebremst (429)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>Vollständige</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>Inkrementelle</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 30 days before --to).</source>
        <translation>Erster Tag, JJJJ-MM-TT (Standard: 30 Tage vor --to).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>Letzter Tag, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>Only this category and those below it.</source>
        <translation>Nur diese Kategorie und die darunter.</translation>
    </message>
    <message>
        <source>Time to first response: discourse, staff or any (default: discourse).</source>
        <translation>Zeit bis zur ersten Antwort: discourse, staff oder any (Standard: discourse).</translation>
    </message>
    <message>
        <source>Time zone of the dates, an IANA id (default: UTC).</source>
        <translation>Zeitzone der Daten, eine IANA-Kennung (Standard: UTC).</translation>
    </message>
    <message>
        <source>Rows in the top lists (default: 10).</source>
        <translation>Zeilen in den Bestenlisten (Standard: 10).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>name a report (%1) or all</source>
        <translation>einen Bericht (%1) oder all angeben</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;; one of %2, or all</source>
        <translation>unbekannter Bericht &apos;%1&apos;; einer von %2 oder all</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>--db ist erforderlich</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>unbekannte Zeitzone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>dates are YYYY-MM-DD</source>
        <translation>Daten sind JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>unknown definition &apos;%1&apos;; discourse, staff or any</source>
        <translation>unbekannte Definition &apos;%1&apos;; discourse, staff oder any</translation>
    </message>
    <message>
        <source>unknown granularity &apos;%1&apos;; day, week or month</source>
        <translation>unbekannte Gruppierung &apos;%1&apos;; day, week oder month</translation>
    </message>
    <message>
        <source>--top takes a positive number</source>
        <translation>--top erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>--category takes a category id</source>
        <translation>--category erwartet eine Kategorie-ID</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>keine Datenbank unter %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the database has no category %1</source>
        <translation>die Datenbank hat keine Kategorie %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Support cases (ServiceNow Table API): %1/api/now/table/sn_customerservice_case, user %2, password %3</source>
        <translation>Support-Fälle (ServiceNow Table API): %1/api/now/table/sn_customerservice_case, Benutzer %2, Passwort %3</translation>
    </message>
    <message>
        <source>The site&apos;s language, en or de: the strings Discourse translates come in it.</source>
        <translation>Sprache der Seite, en oder de: die Texte, die Discourse übersetzt, kommen in ihr.</translation>
    </message>
    <message>
        <source>--locale takes en or de, not &apos;%1&apos;</source>
        <translation>--locale erwartet en oder de, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the copy is incomplete:</source>
        <translation>die Kopie ist unvollständig:</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) the server named could not be fetched</source>
        <translation>
            <numerusform>%n Eintrag, den der Server nannte, konnte nicht geholt werden</numerusform>
            <numerusform>%n Einträge, die der Server nannte, konnten nicht geholt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read and are stored as unknown</source>
        <translation>
            <numerusform>%n Wert konnte nicht gelesen werden und ist als unbekannt gespeichert</numerusform>
            <numerusform>%n Werte konnten nicht gelesen werden und sind als unbekannt gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare a synced database with the totals the community states about itself (topics, users, each category&apos;s topics and posts, the review queue) and print every difference. Exit 0 when the copy matches, 65 when it does not.</source>
        <translation>Eine abgeglichene Datenbank mit den Summen vergleichen, die die Community über sich angibt (Themen, Benutzer, Themen und Beiträge jeder Kategorie, die Prüfwarteschlange), und jede Abweichung ausgeben. Exit-Code 0, wenn die Kopie übereinstimmt, sonst 65.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) in %1 checks</source>
        <translation>
            <numerusform>%n Abweichung in %1 Prüfungen</numerusform>
            <numerusform>%n Abweichungen in %1 Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds a request may go without receiving data before it is retried (default: 30).</source>
        <translation>Sekunden, die eine Anfrage ohne empfangene Daten bleiben darf, bevor sie wiederholt wird (Standard: 30).</translation>
    </message>
    <message>
        <source>Longest pause a rate-limited (429) server may ask for before the command gives up (default: 600).</source>
        <translation>Längste Pause, die ein bremsender Server (429) verlangen darf, bevor der Befehl aufgibt (Standard: 600).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (a community behind a private CA).</source>
        <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei vertrauen (eine Community hinter einer privaten CA).</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600</source>
        <translation>--timeout erwartet eine Zahl von Sekunden zwischen 1 und 3600</translation>
    </message>
    <message>
        <source>--max-wait needs a number of seconds from 0 to 86400</source>
        <translation>--max-wait erwartet eine Zahl von Sekunden zwischen 0 und 86400</translation>
    </message>
    <message>
        <source>--ca-file: no PEM certificate in %1</source>
        <translation>--ca-file: kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>is the disk full or read-only? Every page written before stays; sync again when there is room</source>
        <translation>ist der Datenträger voll oder schreibgeschützt? Jede zuvor geschriebene Seite bleibt erhalten; erneut synchronisieren, sobald Platz ist</translation>
    </message>
    <message>
        <source>--integrity needs --db</source>
        <translation>--integrity erfordert --db</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>the integrity check could not finish: %1</source>
        <translation>die Integritätsprüfung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>%1: SQLite&apos;s integrity check found no damage</source>
        <translation>%1: die Integritätsprüfung von SQLite hat keinen Schaden gefunden</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check, above): keep it aside for recovery and sync into a new file</source>
        <translation>%1 ist beschädigt (Integritätsprüfung von SQLite, oben): zur Wiederherstellung beiseitelegen und in eine neue Datei synchronisieren</translation>
    </message>
    <message>
        <source>Check the database file itself with SQLite&apos;s integrity check instead of comparing it with the community; needs only --db. Exit 0 when sound, 74 when damaged.</source>
        <translation>Die Datenbankdatei selbst mit der Integritätsprüfung von SQLite prüfen, statt sie mit der Community zu vergleichen; braucht nur --db. Exit-Code 0, wenn sie intakt ist, 74, wenn sie beschädigt ist.</translation>
    </message>
    <message>
        <source>Serve the site as one without the Data Explorer plugin: its routes answer 404.</source>
        <translation>Die Seite wie eine ohne das Data-Explorer-Plugin bereitstellen: seine Routen antworten mit 404.</translation>
    </message>
    <message>
        <source>Refuse Data Explorer runs over 2 in 10 seconds with 429 (the plugin&apos;s block mode; by default, as in Discourse, they are only counted).</source>
        <translation>Data-Explorer-Ausführungen über 2 in 10 Sekunden mit 429 ablehnen (der Blockiermodus des Plugins; standardmäßig werden sie wie in Discourse nur gezählt).</translation>
    </message>
    <message numerus="yes">
        <source>first sync through Data Explorer: %n query run(s)</source>
        <translation>
            <numerusform>erste Synchronisierung über Data Explorer: %n Abfrage</numerusform>
            <numerusform>erste Synchronisierung über Data Explorer: %n Abfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>far behind, so caught up through Data Explorer: %n query run(s)</source>
        <translation>
            <numerusform>weit zurück, daher über Data Explorer aufgeholt: %n Abfrage</numerusform>
            <numerusform>weit zurück, daher über Data Explorer aufgeholt: %n Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Data Explorer is not enabled on this site, so the first sync walked the REST API; an admin can enable the plugin to make first syncs much faster</source>
        <translation>Data Explorer ist auf dieser Seite nicht aktiviert, daher lief die erste Synchronisierung über die REST-API; ein Admin kann das Plugin aktivieren, damit erste Synchronisierungen viel schneller gehen</translation>
    </message>
    <message>
        <source>Data Explorer is for admins only and this API key&apos;s user is not one, so the first sync walked the REST API</source>
        <translation>Data Explorer ist nur für Admins, und der Benutzer dieses API-Schlüssels ist keiner; daher lief die erste Synchronisierung über die REST-API</translation>
    </message>
    <message>
        <source>Make a first sync over the REST API alone, without the site&apos;s Data Explorer.</source>
        <translation>Die erste Synchronisierung nur über die REST-API ausführen, ohne den Data Explorer der Seite.</translation>
    </message>
    <message>
        <source>Data Explorer runs the site allows in 10 seconds (its max_data_explorer_api_reqs_per_10_seconds; default: 2; 0: no spacing).</source>
        <translation>Data-Explorer-Abfragen, die die Seite in 10 Sekunden erlaubt (ihr max_data_explorer_api_reqs_per_10_seconds; Standard: 2; 0: ohne Abstand).</translation>
    </message>
    <message>
        <source>--explorer-rate needs a number of runs per 10 seconds</source>
        <translation>--explorer-rate braucht eine Zahl von Abfragen pro 10 Sekunden</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Steward&apos;s command line: sync a community, write reports, serve the sandbox.

Commands:
  sandbox   serve the sandbox community (see stewardctl sandbox --help)
  sync      sync a community into a database (see stewardctl sync --help)
  verify    compare a synced database with the community&apos;s own totals (see stewardctl verify --help)
  report    compute KPIs from a synced database (see stewardctl report --help)
  schedule  run a report every week or month (see stewardctl schedule --help)</source>
        <translation>Die Kommandozeile von Steward: eine Community synchronisieren, Berichte schreiben, die Sandbox bereitstellen.

Befehle:
  sandbox   die Sandbox-Community bereitstellen (siehe stewardctl sandbox --help)
  sync      eine Community in eine Datenbank synchronisieren (siehe stewardctl sync --help)
  verify    eine synchronisierte Datenbank mit den Summen der Community vergleichen (siehe stewardctl verify --help)
  report    Kennzahlen aus einer synchronisierten Datenbank berechnen (siehe stewardctl report --help)
  schedule  einen Bericht jede Woche oder jeden Monat erstellen (siehe stewardctl schedule --help)</translation>
    </message>
    <message>
        <source>Compute KPIs from a synced database, as JSON, CSV, XLSX or PDF. NAME is one of %1, or all. A preset chooses sections and charts instead (--preset %2). Every output carries its parameters and the definitions of its KPIs (see docs/metrics.md).</source>
        <translation>Kennzahlen aus einer synchronisierten Datenbank berechnen, als JSON, CSV, XLSX oder PDF. NAME is one of %1, or all. Stattdessen wählt eine Vorlage Abschnitte und Diagramme (--preset %2). Jede Ausgabe enthält ihre Parameter und die Definitionen ihrer Kennzahlen (siehe docs/metrics.md).</translation>
    </message>
    <message>
        <source>The report, or all; none with --preset.</source>
        <translation>Der Bericht, oder all; keiner mit --preset.</translation>
    </message>
    <message>
        <source>Buckets: day, week or month (default: day; with --preset, what suits the range).</source>
        <translation>Zeitabschnitte: day, week oder month (Vorgabe: day; mit --preset, was zum Zeitraum passt).</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf (default: the --out file&apos;s suffix, else json).</source>
        <translation>json, csv, xlsx or pdf (Vorgabe: die Endung der --out-Datei, sonst json).</translation>
    </message>
    <message>
        <source>%1: a preset&apos;s sections and charts, or the transparency report.</source>
        <translation>%1: die Abschnitte und Diagramme einer Vorlage, oder der Transparenzbericht.</translation>
    </message>
    <message>
        <source>week, month or quarter: the last whole one before today (weeks from Monday), instead of --from and --to.</source>
        <translation>week, month or quarter: der letzte ganze vor heute (Wochen ab Montag), statt --from und --to.</translation>
    </message>
    <message>
        <source>The community&apos;s name on the cover and in each page&apos;s footer (default: the database&apos;s file name).</source>
        <translation>Der Name der Community auf dem Deckblatt und in der Fußzeile jeder Seite (Vorgabe: der Dateiname der Datenbank).</translation>
    </message>
    <message>
        <source>a4 or letter: the PDF&apos;s paper (default: a4).</source>
        <translation>a4 or letter: das Papier des PDFs (Vorgabe: a4).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark, for spreadsheet programs.</source>
        <translation>CSV: mit einer UTF-8-Byte-Order-Mark beginnen, für Tabellenprogramme.</translation>
    </message>
    <message>
        <source>--preset transparency: a JSON file naming each flag reason&apos;s ground, {&quot;illegal&quot;: &quot;illegal&quot;, &quot;spam&quot;: &quot;terms&quot;} (default: only illegal is illegal content).</source>
        <translation>--preset transparency: eine JSON-Datei mit dem Grund jedes Meldegrunds, {&quot;illegal&quot;: &quot;illegal&quot;, &quot;spam&quot;: &quot;terms&quot;} (Vorgabe: nur illegal zählt als rechtswidriger Inhalt).</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos;; week, month or quarter</source>
        <translation>unbekannter Zeitraum &apos;%1&apos;; week, month oder quarter</translation>
    </message>
    <message>
        <source>--last replaces --from and --to</source>
        <translation>--last ersetzt --from und --to</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; one of %2</source>
        <translation>unbekannte Vorlage &apos;%1&apos;; eine von %2</translation>
    </message>
    <message>
        <source>name a report or a preset, not both</source>
        <translation>nennen Sie einen Bericht oder eine Vorlage, nicht beides</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; json, csv, xlsx or pdf</source>
        <translation>unbekanntes Format &apos;%1&apos;; json, csv, xlsx oder pdf</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos;; a4 or letter</source>
        <translation>unbekannte Papiergröße &apos;%1&apos;; a4 oder letter</translation>
    </message>
    <message>
        <source>a %1 file is not for a terminal: give --out FILE</source>
        <translation>eine %1-Datei gehört nicht ins Terminal: geben Sie --out DATEI an</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>name the schedule: letters, digits, - and _</source>
        <translation>benennen Sie den Plan: Buchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;</source>
        <translation>unbekannte Vorlage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--every takes week, month or quarter</source>
        <translation>--every nimmt week, month oder quarter</translation>
    </message>
    <message>
        <source>--format takes json, csv, xlsx or pdf</source>
        <translation>--format nimmt json, csv, xlsx oder pdf</translation>
    </message>
    <message>
        <source>--db and --out-dir are required</source>
        <translation>--db und --out-dir sind nötig</translation>
    </message>
    <message>
        <source>--url and --api-username go together</source>
        <translation>--url und --api-username gehören zusammen</translation>
    </message>
    <message>
        <source>Saved %1 in %2 (no timer).</source>
        <translation>%1 in %2 gespeichert (kein Timer).</translation>
    </message>
    <message>
        <source>Saved %1; its timer %2 is enabled.</source>
        <translation>%1 gespeichert; sein Timer %2 ist aktiv.</translation>
    </message>
    <message>
        <source>Saved %1; its timer is %2. No systemd user manager took it: enable it with systemctl --user enable --now %3</source>
        <translation>%1 gespeichert; sein Timer ist %2. Kein systemd-Benutzerdienst hat ihn übernommen: aktivieren Sie ihn mit systemctl --user enable --now %3</translation>
    </message>
    <message>
        <source>No schedules in %1.</source>
        <translation>Keine Pläne in %1.</translation>
    </message>
    <message>
        <source>%1: %2 every %3 as %4 into %5; last period done %6%7; timer %8</source>
        <translation>%1: %2 alle %3 als %4 nach %5; letzter erledigter Zeitraum %6%7; Timer %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>, %n due</source>
        <translation>
            <numerusform>, %n fällig</numerusform>
            <numerusform>, %n fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>no schedule &apos;%1&apos;</source>
        <translation>kein Plan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Removed %1 and its timer.</source>
        <translation>%1 und sein Timer entfernt.</translation>
    </message>
    <message>
        <source>synced just before the report</source>
        <translation>direkt vor dem Bericht synchronisiert</translation>
    </message>
    <message>
        <source>not synced by this run; the copy was last written %1</source>
        <translation>von diesem Lauf nicht synchronisiert; die Kopie wurde zuletzt %1 geschrieben</translation>
    </message>
    <message>
        <source>%1: nothing due; the last period done ends %2</source>
        <translation>%1: nichts fällig; der letzte erledigte Zeitraum endet %2</translation>
    </message>
    <message>
        <source>%1: the data was %2.</source>
        <translation>%1: die Daten wurden %2.</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1: %2 geschrieben</translation>
    </message>
    <message>
        <source>%1: the %2 report for %3 to %4 is ready: %5 (%6)</source>
        <translation>%1: der Bericht %2 für %3 bis %4 ist fertig: %5 (%6)</translation>
    </message>
    <message>
        <source>the webhook was not told (%1); the file is written</source>
        <translation>der Webhook wurde nicht benachrichtigt (%1); die Datei ist geschrieben</translation>
    </message>
    <message>
        <source>Run a report preset every week, month or quarter on a systemd user timer.

  add NAME     save a schedule and enable its timer
  list         the schedules, what is due, and where their timers are
  remove NAME  remove a schedule and its timer
  run NAME     sync (when the schedule names a site), then write every whole period not yet written: what the timer calls</source>
        <translation>Eine Berichtsvorlage jede Woche, jeden Monat oder jedes Quartal über einen systemd-Benutzer-Timer erstellen.

  add NAME     einen Plan speichern und seinen Timer aktivieren
  list         die Pläne, was fällig ist und wo ihre Timer liegen
  remove NAME  einen Plan und seinen Timer entfernen
  run NAME     synchronisieren (wenn der Plan eine Website nennt), dann jeden noch nicht geschriebenen ganzen Zeitraum schreiben: was der Timer aufruft</translation>
    </message>
    <message>
        <source>add, list, remove or run.</source>
        <translation>add, list, remove oder run.</translation>
    </message>
    <message>
        <source>The schedules file (default: %1).</source>
        <translation>Die Plandatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>add: the report&apos;s preset (default: community-health).</source>
        <translation>add: die Vorlage des Berichts (Vorgabe: community-health).</translation>
    </message>
    <message>
        <source>week, month or quarter (default: month).</source>
        <translation>week, month or quarter (Vorgabe: month).</translation>
    </message>
    <message>
        <source>pdf, xlsx, csv or json (default: pdf).</source>
        <translation>pdf, xlsx, csv or json (Vorgabe: pdf).</translation>
    </message>
    <message>
        <source>a4 or letter (default: a4).</source>
        <translation>a4 or letter (Vorgabe: a4).</translation>
    </message>
    <message>
        <source>add: the synced database.</source>
        <translation>add: die synchronisierte Datenbank.</translation>
    </message>
    <message>
        <source>add: where the reports are written.</source>
        <translation>add: wohin die Berichte geschrieben werden.</translation>
    </message>
    <message>
        <source>add: the community&apos;s name on the reports.</source>
        <translation>add: der Name der Community auf den Berichten.</translation>
    </message>
    <message>
        <source>add: a URL told of each report as JSON ({&quot;text&quot;: ...}, as chat webhooks take it).</source>
        <translation>add: eine URL, die von jedem Bericht als JSON erfährt ({&quot;text&quot;: ...}, wie Chat-Webhooks es nehmen).</translation>
    </message>
    <message>
        <source>add: sync from this site before each run (the key comes from STEWARD_API_KEY or the keychain).</source>
        <translation>add: vor jedem Lauf von dieser Website synchronisieren (der Schlüssel kommt aus STEWARD_API_KEY oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>add: the user of --url.</source>
        <translation>add: der Benutzer von --url.</translation>
    </message>
    <message>
        <source>add: save the schedule without a timer.</source>
        <translation>add: den Plan ohne Timer speichern.</translation>
    </message>
    <message>
        <source>run: the day to run as, YYYY-MM-DD (default: today).</source>
        <translation>run: der Tag, als der gelaufen wird, JJJJ-MM-TT (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>add, list, remove or run; see --help</source>
        <translation>add, list, remove oder run; siehe --help</translation>
    </message>
    <message>
        <source>--webhook takes an https URL (or http to this computer)</source>
        <translation>--webhook nimmt eine https-URL (oder http zu diesem Rechner)</translation>
    </message>
    <message>
        <source>%1: the sync failed; nothing written, the period stays due</source>
        <translation>%1: die Synchronisierung ist fehlgeschlagen; nichts geschrieben, der Zeitraum bleibt fällig</translation>
    </message>
    <message>
        <source>The database stewardctl sync wrote: a file, or a PostgreSQL URL or connection string.</source>
        <translation>Die Datenbank, die stewardctl sync geschrieben hat: eine Datei oder eine PostgreSQL-URL oder Verbindungszeichenkette.</translation>
    </message>
    <message>
        <source>The database: a file (created if missing), or a PostgreSQL team database as a postgresql:// URL or a libpq connection string; its password from the URL, PGPASSWORD or ~/.pgpass.</source>
        <translation>Die Datenbank: eine Datei (wird angelegt, wenn sie fehlt) oder eine PostgreSQL-Team-Datenbank als postgresql://-URL oder libpq-Verbindungszeichenkette; ihr Passwort aus der URL, PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>Keep syncing until stopped: the queue every --interval, everything every tenth time. On a team database only one Steward syncs at a time; this one waits its turn and takes over within seconds when the one syncing stops.</source>
        <translation>Synchronisieren, bis angehalten wird: die Warteschlange alle --interval, alles jedes zehnte Mal. Auf einer Team-Datenbank synchronisiert immer nur ein Steward; dieser wartet, bis er an der Reihe ist, und übernimmt binnen Sekunden, wenn der synchronisierende aufhört.</translation>
    </message>
    <message>
        <source>Seconds between syncs with --follow (default: 60).</source>
        <translation>Sekunden zwischen Synchronisierungen mit --follow (Vorgabe: 60).</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds, at most a day</source>
        <translation>--interval braucht eine Anzahl Sekunden, höchstens einen Tag</translation>
    </message>
    <message>
        <source>another Steward syncs this team database (%1): nothing to do</source>
        <translation>ein anderer Steward synchronisiert diese Team-Datenbank (%1): nichts zu tun</translation>
    </message>
    <message>
        <source>leading the sync of this database</source>
        <translation>führt die Synchronisierung dieser Datenbank</translation>
    </message>
    <message>
        <source>another Steward syncs this team database (%1); waiting to take over</source>
        <translation>ein anderer Steward synchronisiert diese Team-Datenbank (%1); warte darauf, zu übernehmen</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database, which checks its own pages (see its data_checksums): nothing to check here</source>
        <translation>%1 ist eine PostgreSQL-Datenbank, die ihre Seiten selbst prüft (siehe ihre data_checksums): hier nichts zu prüfen</translation>
    </message>
    <message>
        <source>Serve the site as one without the user-notes plugin: its routes answer 404.</source>
        <translation>Die Seite ohne das Plugin für Mitgliedernotizen ausliefern: seine Routen antworten mit 404.</translation>
    </message>
</context>
</TS>
