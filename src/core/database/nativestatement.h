#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3_stmt;

namespace tenantdesk {

class Database;

// One statement prepared once on the connection's native handle and run many times, for the
// loops that write one row after another in one transaction (a CSV import and its audit
// entries). Values go in and come out as SQLite holds them (UTF-8 bytes, integers): QtSql's
// QVariant binds and its UTF-16 text cost more there than SQLite's own work. Lives on the
// thread that owns the connection, and no longer than the Database.
//
// Use: bind..., then step() until it answers false, reading the columns of each row; then
// reset(), which ends the read (no lock held until the next run) and clears the values.
class NativeStatement
{
public:
    NativeStatement(const Database &db, QByteArray sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    // Placeholders count from 1, as in SQLite. Text is copied when bound.
    void bindText(int index, QByteArrayView utf8);
    // Without the copy, for the many values of a many-row INSERT: utf8 must stay as it is
    // until the statement is reset (run() resets it).
    void bindTextBorrowed(int index, QByteArrayView utf8);
    void bindText16(int index, const QString &text);
    void bindInt64(int index, qint64 value);
    void bindNull(int index);
    // NULL for an empty text, the text otherwise (a tenant-wide scope's workspace_id).
    void bindTextOrNull(int index, QByteArrayView utf8);
    void bindTextOrNullBorrowed(int index, QByteArrayView utf8);

    // One step: true with a row to read, false when done; an error as Database words it
    // (a constraint: Conflict with SQLite's message). Prepares the statement on first use.
    Result<bool> step();
    // Steps to the end (a statement without rows) and resets.
    Result<void> run();

    bool isNull(int column) const;
    // The column's text as UTF-8 bytes, valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;

    void reset();

private:
    Result<void> prepare();

    const Database &m_db;
    QByteArray m_sql;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace tenantdesk
