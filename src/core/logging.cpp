#include "core/logging.h"

Q_LOGGING_CATEGORY(lcDatabase, "tenantdesk.database", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMigration, "tenantdesk.migration", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "tenantdesk.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "tenantdesk.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTenancy, "tenantdesk.tenancy", QtWarningMsg)
