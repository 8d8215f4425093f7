#include "testdatabase.h"

#include "core/people/passwordhash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

namespace {

struct RawConnection
{
    explicit RawConnection(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(path));
        sqlite3_busy_timeout(db, 5000);
    }
    ~RawConnection() { sqlite3_close(db); }
    sqlite3 *db = nullptr;
};

} // namespace

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.db")))
{ }

std::unique_ptr<tenantdesk::Database> TestDatabase::open(int busyTimeoutMs) const
{
    tenantdesk::Database::Options options;
    options.mode = tenantdesk::Database::OpenMode::CreateIfMissing;
    options.busyTimeoutMs = busyTimeoutMs;
    auto db = tenantdesk::Database::open(m_path, options);
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(db.error().message));
    return std::move(db).value();
}

void TestDatabase::execRaw(const QByteArray &sql) const
{
    RawConnection raw(m_path);
    char *message = nullptr;
    if (sqlite3_exec(raw.db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QByteArray text(message);
        sqlite3_free(message);
        qFatal("raw SQL failed: %s: %s", sql.constData(), text.constData());
    }
}

QDateTime TestDatabase::backdateModification() const
{
    // Whole seconds: every file system keeps them exactly.
    const QDateTime past
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, Qt::UTC);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)
        || !file.setFileTime(past, QFileDevice::FileModificationTime))
        qFatal("cannot set the modification time of %s", qPrintable(m_path));
    file.close();
    if (QFileInfo(m_path).lastModified() != past)
        qFatal("the modification time of %s did not change", qPrintable(m_path));
    return past;
}

QByteArray TestDatabase::dump() const
{
    RawConnection raw(m_path);
    QByteArray out;
    sqlite3_stmt *tables = nullptr;
    sqlite3_prepare_v2(raw.db,
                       "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                       "ORDER BY type, name",
                       -1, &tables, nullptr);
    QList<QByteArray> tableNames;
    while (sqlite3_step(tables) == SQLITE_ROW) {
        for (int i = 0; i < 4; ++i)
            out += QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(tables, i))) + '|';
        out += '\n';
        if (qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(tables, 0)), "table") == 0)
            tableNames.append(reinterpret_cast<const char *>(sqlite3_column_text(tables, 1)));
    }
    sqlite3_finalize(tables);
    for (const QByteArray &table : tableNames) {
        sqlite3_stmt *rows = nullptr;
        const QByteArray sql = "SELECT * FROM \"" + table + "\" ORDER BY 1, 2";
        if (sqlite3_prepare_v2(raw.db, sql.constData(), -1, &rows, nullptr) != SQLITE_OK) {
            sqlite3_finalize(rows);
            continue;
        }
        out += "== " + table + '\n';
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(rows); ++i) {
                const auto *text = sqlite3_column_text(rows, i);
                out += text ? QByteArray(reinterpret_cast<const char *>(text)) : QByteArray("NULL");
                out += '|';
            }
            out += '\n';
        }
        sqlite3_finalize(rows);
    }
    return out;
}

void TestDatabase::applyBundledSchema() const
{
    static const QRegularExpression downMarker(QStringLiteral("^--\\s*=+\\s*DOWN\\s*=+\\s*$"),
                                               QRegularExpression::MultilineOption
                                                       | QRegularExpression::CaseInsensitiveOption);
    const QDir dir(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        const QString text = QString::fromUtf8(file.readAll());
        const auto match = downMarker.match(text);
        execRaw((match.hasMatch() ? text.left(match.capturedStart()) : text).toUtf8());
    }
}

QString TestDatabase::addUser(const QString &username, const QString &role,
                              const QString &password) const
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray hash = tenantdesk::PasswordHash::create(password, 4);
    RawConnection raw(m_path);
    sqlite3_exec(
            raw.db,
            "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT UNIQUE NOT NULL, "
            "username TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL, role TEXT NOT NULL "
            "DEFAULT 'developer', created_at TEXT, updated_at TEXT, last_login_at TEXT)",
            nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(raw.db,
                       "INSERT INTO users (id, email, username, password_hash, role, created_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, '2026-01-01T00:00:00.000Z')",
                       -1, &insert, nullptr);
    const QByteArray idUtf8 = id.toUtf8();
    const QByteArray email = (username + QStringLiteral("@example.com")).toUtf8();
    const QByteArray name = username.toUtf8();
    const QByteArray roleUtf8 = role.toUtf8();
    sqlite3_bind_text(insert, 1, idUtf8.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, email.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, name.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 4, hash.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 5, roleUtf8.constData(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(insert) != SQLITE_DONE)
        qFatal("cannot add user %s: %s", qPrintable(username), sqlite3_errmsg(raw.db));
    sqlite3_finalize(insert);
    return id;
}

QJsonObject loadTestData(const QString &name)
{
    QFile file(QStringLiteral(TENANTDESK_TESTDATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}
