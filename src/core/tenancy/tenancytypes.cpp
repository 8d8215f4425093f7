#include "core/tenancy/tenancytypes.h"

#include "core/printable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace tenantdesk {

namespace {

struct TenancyTypes
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::TenancyTypes)
};

constexpr qsizetype kMaxNameLength = 10000;

// Characters as people count them: a surrogate pair (an emoji) is one character.
qsizetype codePointCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace

QString tenantRoleName(TenantRole role)
{
    switch (role) {
    case TenantRole::Member:
        return QStringLiteral("member");
    case TenantRole::WorkspaceAdmin:
        return QStringLiteral("workspace_admin");
    case TenantRole::TenantAdmin:
        return QStringLiteral("tenant_admin");
    case TenantRole::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<TenantRole> tenantRoleFromName(const QString &name)
{
    if (name == QLatin1String("member"))
        return TenantRole::Member;
    if (name == QLatin1String("workspace_admin"))
        return TenantRole::WorkspaceAdmin;
    if (name == QLatin1String("tenant_admin"))
        return TenantRole::TenantAdmin;
    return std::nullopt;
}

QString Membership::userLabel() const
{
    return userExists ? username : deletedUserLabel(userId);
}

QString deletedUserLabel(const QString &userId)
{
    return TenancyTypes::tr("deleted user %1").arg(userId);
}

bool isValidSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    // QRegularExpression's $ also matches before a final newline; \z semantics are wanted.
    return !slug.endsWith(QLatin1Char('\n')) && pattern.match(slug).hasMatch();
}

Result<void> validateSlug(const QString &slug)
{
    if (slug.isEmpty())
        return invalidInput(TenancyTypes::tr("A slug is required."));
    if (const auto hidden = firstHiddenCharacter(slug))
        return invalidInput(
                TenancyTypes::tr("A slug may not contain control or invisible characters, and "
                                 "\"%1\" holds %2: use 1 to 63 lower-case letters, digits or "
                                 "dashes.")
                        .arg(visibleText(slug), codePointName(*hidden)));
    if (!isValidSlug(slug))
        return invalidInput(
                TenancyTypes::tr(
                        "\"%1\" is not a valid slug: use 1 to 63 lower-case letters, digits "
                        "or dashes, starting with a letter or digit.")
                        .arg(visibleText(slug)));
    return {};
}

QString normalisedName(const QString &name)
{
    return name.trimmed();
}

Result<void> validateName(const QString &name)
{
    const QString trimmed = normalisedName(name);
    if (trimmed.isEmpty())
        return invalidInput(TenancyTypes::tr("A name is required."));
    if (const auto hidden = firstHiddenCharacter(trimmed))
        return invalidInput(
                TenancyTypes::tr("A name may not contain control characters, line breaks, "
                                 "direction overrides or invisible characters, and \"%1\" holds "
                                 "%2.")
                        .arg(visibleText(trimmed), codePointName(*hidden)));
    if (codePointCount(trimmed) > kMaxNameLength)
        return invalidInput(
                TenancyTypes::tr("A name has at most %1 characters.").arg(kMaxNameLength));
    return {};
}

Result<QJsonObject> parseSettingsJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt refuses a lone scalar as a document; say that it is valid JSON, but not an object.
        QJsonParseError wrapped;
        QJsonDocument::fromJson('[' + text.toUtf8() + ']', &wrapped);
        if (wrapped.error == QJsonParseError::NoError && !text.trimmed().isEmpty())
            return invalidInput(TenancyTypes::tr(
                    "The settings must be a JSON object ({...}), not a single value."));
        return invalidInput(TenancyTypes::tr("The settings are not valid JSON: %1 at offset %2.")
                                    .arg(error.errorString())
                                    .arg(error.offset));
    }
    if (!document.isObject())
        return invalidInput(TenancyTypes::tr("The settings must be a JSON object ({...}), not %1.")
                                    .arg(document.isArray() ? TenancyTypes::tr("an array")
                                                            : TenancyTypes::tr("a single value")));
    return document.object();
}

} // namespace tenantdesk
