#include "widgets/migration/migrationtexts.h"

#include "core/migration/statementsplitter.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>

namespace tenantdesk::MigrationTexts {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MigrationTexts::Strings)
};

void show(QLabel *label, const QString &text, const QString &color)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
    label->setVisible(!text.isEmpty());
}

} // namespace

QString duration(qint64 ms)
{
    if (ms < 1000)
        return Strings::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return Strings::tr("%1 s").arg(
                QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
    return Strings::tr("%1 min %2 s")
            .arg(ms / 60000)
            .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

QString stateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied:
        return Strings::tr("Applied");
    case MigrationState::Pending:
        return Strings::tr("Pending");
    case MigrationState::Modified:
        return Strings::tr("Modified");
    case MigrationState::Missing:
        return Strings::tr("Missing");
    }
    return {};
}

QString actionName(MigrationDirection direction, bool baseline)
{
    if (baseline)
        return Strings::tr("Record as applied");
    return direction == MigrationDirection::Up ? Strings::tr("Apply") : Strings::tr("Revert");
}

QString doneName(MigrationDirection direction, bool baseline)
{
    if (baseline)
        return Strings::tr("Recorded as applied");
    return direction == MigrationDirection::Up ? Strings::tr("Applied") : Strings::tr("Reverted");
}

QString rowsChanged(const MigrationOutcome &outcome)
{
    const qint64 destroyed = destroyedCount(outcome.destroyed);
    if (destroyed == 0)
        return QLocale().toString(outcome.rowsChanged);
    return Strings::tr("%1, and %2 destroyed")
            .arg(QLocale().toString(outcome.rowsChanged), QLocale().toString(destroyed));
}

int statementCount(const MigrationScript &script, MigrationDirection direction)
{
    return int(StatementSplitter::split(script.sql(direction)).size());
}

QString statementsPreview(const MigrationPlan &plan)
{
    QString text;
    for (const MigrationStep &step : plan.steps) {
        const QList<SqlStatement> statements
                = StatementSplitter::split(step.script.sql(step.direction));
        const int firstLine = step.script.firstLine(step.direction);
        text += QStringLiteral("-- ") + step.script.describe(step.direction) + QLatin1Char('\n');
        if (step.script.disablesForeignKeys())
            text += QStringLiteral("-- ")
                    + Strings::tr(
                            "foreign keys off around the transaction, foreign_key_check before "
                            "commit")
                    + QLatin1Char('\n');
        for (qsizetype i = 0; i < statements.size(); ++i) {
            text += QStringLiteral("-- ")
                    + Strings::tr("statement %1 of %2, line %3")
                              .arg(i + 1)
                              .arg(statements.size())
                              .arg(firstLine + statements.at(i).line - 1)
                    + QLatin1Char('\n');
            text += QString::fromUtf8(statements.at(i).text).trimmed() + QStringLiteral("\n\n");
        }
    }
    return text;
}

QFont monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void showProblem(QLabel *label, const QString &text)
{
    show(label, text, QStringLiteral("#c0392b"));
}

void showWarning(QLabel *label, const QString &text)
{
    show(label, text, QStringLiteral("#9a6700"));
}

} // namespace tenantdesk::MigrationTexts
