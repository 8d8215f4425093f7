<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>tenantdesk::AuditLog</name>
    <message numerus="yes">
        <source>the chain is empty, but %n entry(s) were written to it: it was emptied</source>
        <translation>
            <numerusform>the chain is empty, but %n entry was written to it: it was emptied</numerusform>
            <numerusform>the chain is empty, but %n entries were written to it: it was emptied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) are signed, but AISTACK_AUDIT_KEY is not set: their signatures were not checked.</source>
        <translation>
            <numerusform>%n entry is signed, but AISTACK_AUDIT_KEY is not set: its signature was not checked.</numerusform>
            <numerusform>%n entries are signed, but AISTACK_AUDIT_KEY is not set: their signatures were not checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more break(s) follow.</source>
        <translation>
            <numerusform>%n more break follows.</numerusform>
            <numerusform>%n more breaks follow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::AuditPage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entry(s) checked, none changed after it was written.</source>
        <translation>
            <numerusform>The audit chain is intact: %n entry checked, none changed after it was written.</numerusform>
            <numerusform>The audit chain is intact: %n entries checked, none changed after it was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The audit chain is broken at entry %1.&lt;/b&gt; %2 The %n entry(s) before it verified.</source>
        <translation>
            <numerusform>&lt;b&gt;The audit chain is broken at entry %1.&lt;/b&gt; %2 The entry before it verified.</numerusform>
            <numerusform>&lt;b&gt;The audit chain is broken at entry %1.&lt;/b&gt; %2 The %n entries before it verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to %1.</source>
        <translation>
            <numerusform>Exported %n audit entry to %1.</numerusform>
            <numerusform>Exported %n audit entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entry(s); counting the older ones…</source>
        <translation>
            <numerusform>The newest entry; counting the older ones…</numerusform>
            <numerusform>The newest %n entries; counting the older ones…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::Authenticator</name>
    <message numerus="yes">
        <source>Too many failed sign-ins with this name: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins with this name: try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins with this name: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::CsvImportDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) failed, and all or nothing was chosen. Each row says why.</source>
        <translation>
            <numerusform>Nothing was imported: %n row failed, and all or nothing was chosen. Each row says why.</numerusform>
            <numerusform>Nothing was imported: %n rows failed, and all or nothing was chosen. Each row says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::DataLossText</name>
    <message numerus="yes">
        <source>%n row(s) of %1 (table dropped)</source>
        <translation>
            <numerusform>%n row of %1 (table dropped)</numerusform>
            <numerusform>%n rows of %1 (table dropped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1.%2 (column dropped)</source>
        <translation>
            <numerusform>%n value of %1.%2 (column dropped)</numerusform>
            <numerusform>%n values of %1.%2 (column dropped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 (deleted)</source>
        <translation>
            <numerusform>%n row of %1 (deleted)</numerusform>
            <numerusform>%n rows of %1 (deleted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 (removed by ON DELETE CASCADE from %2)</source>
        <translation>
            <numerusform>%n row of %1 (removed by ON DELETE CASCADE from %2)</numerusform>
            <numerusform>%n rows of %1 (removed by ON DELETE CASCADE from %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::DeleteDialog</name>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also delete the %n data row(s) it owns (they cannot be restored)</source>
        <translation>
            <numerusform>Also delete the %n data row it owns (it cannot be restored)</numerusform>
            <numerusform>Also delete the %n data rows it owns (they cannot be restored)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::MembershipHistory</name>
    <message numerus="yes">
        <source>%n change(s) were refused, so nothing was changed:</source>
        <translation>
            <numerusform>%n change was refused, so nothing was changed:</numerusform>
            <numerusform>%n changes were refused, so nothing was changed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::MembershipsPage</name>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n role(s) to %1</source>
        <translation>
            <numerusform>Change %n role to %1</numerusform>
            <numerusform>Change %n roles to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n membership(s)</source>
        <translation>
            <numerusform>Revoke %n membership</numerusform>
            <numerusform>Revoke %n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n membership(s) to %1.</source>
        <translation>
            <numerusform>Exported %n membership to %1.</numerusform>
            <numerusform>Exported %n memberships to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of %1 belong to users who no longer exist. Remove them? Each removal is recorded in the audit log.</source>
        <translation>
            <numerusform>%n membership of %1 belongs to a user who no longer exists. Remove it? The removal is recorded in the audit log.</numerusform>
            <numerusform>%n memberships of %1 belong to users who no longer exist. Remove them? Each removal is recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n membership(s) of deleted users.</source>
        <translation>
            <numerusform>Removed %n membership of deleted users.</numerusform>
            <numerusform>Removed %n memberships of deleted users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) so far; counting the rest…</source>
        <translation>
            <numerusform>%n membership so far; counting the rest…</numerusform>
            <numerusform>%n memberships so far; counting the rest…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationProvisionPage</name>
    <message numerus="yes">
        <source>Done: %1, %2, %n membership(s) granted.</source>
        <translation>
            <numerusform>Done: %1, %2, %n membership granted.</numerusform>
            <numerusform>Done: %1, %2, %n memberships granted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationResultPage</name>
    <message numerus="yes">
        <source>Recorded %n migration(s) as applied; nothing ran.</source>
        <translation>
            <numerusform>Recorded %n migration as applied; nothing ran.</numerusform>
            <numerusform>Recorded %n migrations as applied; nothing ran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>Applied %n migration.</numerusform>
            <numerusform>Applied %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reverted %n migration(s).</source>
        <translation>
            <numerusform>Reverted %n migration.</numerusform>
            <numerusform>Reverted %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n migration(s).</source>
        <translation>
            <numerusform>Cancelled after %1 of %n migration.</numerusform>
            <numerusform>Cancelled after %1 of %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run stopped after %1 of %n migration(s).</source>
        <translation>
            <numerusform>The run stopped after %1 of %n migration.</numerusform>
            <numerusform>The run stopped after %1 of %n migrations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationRunner</name>
    <message numerus="yes">
        <source>%1 broke %n foreign key reference(s), so it was rolled back; the first: row %2 of %3 refers to a row of %4 that does not exist.</source>
        <translation>
            <numerusform>%1 broke %n foreign key reference, so it was rolled back; the first: row %2 of %3 refers to a row of %4 that does not exist.</numerusform>
            <numerusform>%1 broke %n foreign key references, so it was rolled back; the first: row %2 of %3 refers to a row of %4 that does not exist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationStatusPage</name>
    <message numerus="yes">
        <source>%n migration(s) in %1: %2 applied, %3 pending.</source>
        <translation>
            <numerusform>%n migration in %1: %2 applied, %3 pending.</numerusform>
            <numerusform>%n migrations in %1: %2 applied, %3 pending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::MigrationWorkflow</name>
    <message numerus="yes">
        <source>Removed %n older backup(s), keeping the newest.</source>
        <translation>
            <numerusform>Removed %n older backup, keeping the newest.</numerusform>
            <numerusform>Removed %n older backups, keeping the newest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::PeoplePage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) loaded; more load as you scroll.</source>
        <translation>
            <numerusform>%n person loaded; more load as you scroll.</numerusform>
            <numerusform>%n people loaded; more load as you scroll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantFootprint</name>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in table %1 (counted by reading the whole table: no index on its tenant column)</source>
        <translation>
            <numerusform>%n row in table %1 (counted by reading the whole table: no index on its tenant column)</numerusform>
            <numerusform>%n rows in table %1 (counted by reading the whole table: no index on its tenant column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in table %1</source>
        <translation>
            <numerusform>%n row in table %1</numerusform>
            <numerusform>%n rows in table %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memory entry(s) in namespaces starting with &quot;%1&quot;</source>
        <translation>
            <numerusform>%n memory entry in namespaces starting with &quot;%1&quot;</numerusform>
            <numerusform>%n memory entries in namespaces starting with &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memory entry(s)</source>
        <translation>
            <numerusform>%n memory entry</numerusform>
            <numerusform>%n memory entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantImporter</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantTransfer</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::TenantsPage</name>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::WorkspacesPage</name>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::AuditCommand</name>
    <message numerus="yes">
        <source>The audit chain is broken at entry %1 after %2 sound entries, in %n place(s) in all.</source>
        <translation>
            <numerusform>The audit chain is broken at entry %1 after %2 sound entries, in %n place in all.</numerusform>
            <numerusform>The audit chain is broken at entry %1 after %2 sound entries, in %n places in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>The audit chain is intact: %n entry checked.</numerusform>
            <numerusform>The audit chain is intact: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::BackupCommand</name>
    <message numerus="yes">
        <source>%n backup(s) kept in %1.</source>
        <translation>
            <numerusform>%n backup kept in %1.</numerusform>
            <numerusform>%n backups kept in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::MemberCommand</name>
    <message numerus="yes">
        <source>%n orphaned membership(s) would be removed; nothing changed.</source>
        <translation>
            <numerusform>%n orphaned membership would be removed; nothing changed.</numerusform>
            <numerusform>%n orphaned memberships would be removed; nothing changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n orphaned membership(s).</source>
        <translation>
            <numerusform>Removed %n orphaned membership.</numerusform>
            <numerusform>Removed %n orphaned memberships.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with duplicate tenant-wide rows would be merged; nothing changed.</source>
        <translation>
            <numerusform>%n user with duplicate tenant-wide rows would be merged; nothing changed.</numerusform>
            <numerusform>%n users with duplicate tenant-wide rows would be merged; nothing changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged the duplicate tenant-wide rows of %n user(s).</source>
        <translation>
            <numerusform>Merged the duplicate tenant-wide rows of %n user.</numerusform>
            <numerusform>Merged the duplicate tenant-wide rows of %n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::MemberCsvCommand</name>
    <message numerus="yes">
        <source>%n row(s) failed (%1); the first, line %2: %3</source>
        <translation>
            <numerusform>%n row failed (%1); the first, line %2: %3</numerusform>
            <numerusform>%n rows failed (%1); the first, line %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n membership(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n membership of %1 to %2.</numerusform>
            <numerusform>Exported %n memberships of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::MigrateCommand</name>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::ProvisionCommand</name>
    <message numerus="yes">
        <source>Granted %n membership(s) in tenant %1.</source>
        <translation>
            <numerusform>Granted %n membership in tenant %1.</numerusform>
            <numerusform>Granted %n memberships in tenant %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::TenantCommand</name>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::TenantDataCommand</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported tenant %1 with %n member(s) to %2.</source>
        <translation>
            <numerusform>Exported tenant %1 with %n member to %2.</numerusform>
            <numerusform>Exported tenant %1 with %n members to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n membership(s) of people the export does not name (deleted users).</source>
        <translation>
            <numerusform>Skipped %n membership of a person the export does not name (a deleted user).</numerusform>
            <numerusform>Skipped %n memberships of people the export does not name (deleted users).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenantdesk::cli::WorkspaceCommand</name>
    <message numerus="yes">
        <source>Deleting workspace %1 also deletes its %n membership(s); add --yes to confirm.</source>
        <translation>
            <numerusform>Deleting workspace %1 also deletes its %n membership; add --yes to confirm.</numerusform>
            <numerusform>Deleting workspace %1 also deletes its %n memberships; add --yes to confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted workspace %1 with %n membership(s).</source>
        <translation>
            <numerusform>Deleted workspace %1 with %n membership.</numerusform>
            <numerusform>Deleted workspace %1 with %n memberships.</numerusform>
        </translation>
    </message>
</context>
</TS>
