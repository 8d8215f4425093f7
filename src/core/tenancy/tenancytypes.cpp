#include "core/tenancy/tenancytypes.h"

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
    if (!isValidSlug(slug))
        return invalidInput(
                TenancyTypes::tr(
                        "\"%1\" is not a valid slug: use 1 to 63 lower-case letters, digits "
                        "or dashes, starting with a letter or digit.")
                        .arg(slug));
    return {};
}

Result<void> validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return invalidInput(TenancyTypes::tr("A name is required."));
    if (codePointCount(name) > kMaxNameLength)
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
        return invalidInput(
                document.isArray()
                        ? TenancyTypes::tr(
                                "The settings must be a JSON object ({...}), not an array.")
                        : TenancyTypes::tr(
                                "The settings must be a JSON object ({...}), not a single value."));
    return document.object();
}

} // namespace tenantdesk
