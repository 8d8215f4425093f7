#pragma once

#include <QByteArray>
#include <QString>

// The bytes of a file (empty when it cannot be read).
QByteArray fileBytes(const QString &path);
// Writes a file whole; a failure ends the test program (it is the test's own setup).
void writeFile(const QString &path, const QByteArray &content);
