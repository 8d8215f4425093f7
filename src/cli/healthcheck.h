#pragma once

#include "core/database/liveuse.h"

#include <QString>

class QCommandLineOption;
class QCommandLineParser;

namespace tenantdesk::cli {

// tenantctl's own check whether an aistack server answers its health address: synchronous,
// with a short timeout (the GUI has models' ServerHealthCheck). Any HTTP answer counts;
// a refused connection, an unknown host or no answer in time count as "nothing answers".

// The address to ask: --health-url, else $TENANTDESK_HEALTH_URL, else aistack's default.
// Empty (or "none") in either place means: do not ask.
QString healthUrl(const QCommandLineParser &parser, const QCommandLineOption &option);

// Asks url; an empty url is not asked (ServerAnswer::url stays empty).
ServerAnswer askServer(const QString &url, int timeoutMs = 1500);

} // namespace tenantdesk::cli
