#include "core/migration/databasecopy.h"

#include "core/migration/databasebackup.h"

#include "core/database/database.h"

#include <QCoreApplication>

namespace tenantdesk {

DatabaseCopy::~DatabaseCopy() = default;

Result<std::unique_ptr<DatabaseCopy>> DatabaseCopy::of(const Database &source)
{
    return make(&source);
}

Result<std::unique_ptr<DatabaseCopy>> DatabaseCopy::empty()
{
    return make(nullptr);
}

Result<std::unique_ptr<DatabaseCopy>> DatabaseCopy::make(const Database *source)
{
    std::unique_ptr<DatabaseCopy> copy(new DatabaseCopy);
    if (!copy->m_dir.isValid())
        return failure(tr("Cannot create a temporary folder for the copy: %1")
                               .arg(copy->m_dir.errorString()));
    const QString path = copy->m_dir.filePath(QStringLiteral("copy.sqlite"));
    Database::Options options;
    if (source) {
        if (auto copied = DatabaseBackup::copyTo(*source, path); !copied)
            return copied.error();
    } else {
        options.mode = Database::OpenMode::CreateIfMissing;
    }
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    copy->m_db = std::move(db).value();
    return copy;
}

} // namespace tenantdesk
