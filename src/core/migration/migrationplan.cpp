#include "core/migration/migrationplan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tenantdesk {

Result<MigrationTarget> MigrationTarget::parse(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression name(QStringLiteral("^[0-9]+_[^/\\\\]+$"));
    QString value = text.trimmed();
    if (value.endsWith(QLatin1String(".sql")))
        value.chop(4);
    MigrationTarget target;
    if (number.match(value).hasMatch()) {
        bool ok = false;
        target.isNumber = true;
        target.number = value.toLongLong(&ok);
        if (ok)
            return target;
    } else if (name.match(value).hasMatch()) {
        target.name = value;
        return target;
    }
    return invalidInput(tr("\"%1\" is not a migration target: give a number (0 for none) "
                           "or a migration name such as 008_multitenant.")
                                .arg(text));
}

} // namespace tenantdesk
