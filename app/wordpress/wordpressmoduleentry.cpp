// SPDX-License-Identifier: GPL-3.0-or-later
// The spill-wordpress module's entry points (see
// core/wordpress/module/wordpressmodule.h).
#include "keyring.h"
#include "wordpress/module/wordpressmoduleabi.h"

#include <type_traits>

extern "C" Q_DECL_EXPORT Spill::WordPressConnection *
spillWordPressConnect(const Spill::WordPressSite &site, const std::atomic<bool> *cancel)
{
    return new Spill::WordPressClient(site, cancel);
}

extern "C" Q_DECL_EXPORT Spill::WordPressModule::KeyringAnswer
spillWordPressKeyring(const QString &action, const QString &key, const QString &password)
{
    if (action == QLatin1StringView("read"))
        return Spill::keyringRead(key);
    if (action == QLatin1StringView("store"))
        return Spill::keyringStore(key, password);
    if (action == QLatin1StringView("forget"))
        return Spill::keyringForget(key);
    Spill::WordPressModule::KeyringAnswer answer;
    answer.error = QStringLiteral("unknown keyring action %1").arg(action);
    return answer;
}

// Both sides agree on the signatures, checked where the compiler can see both.
static_assert(std::is_same_v<decltype(&spillWordPressConnect), SpillWordPressConnect>);
static_assert(std::is_same_v<decltype(&spillWordPressKeyring), SpillWordPressKeyring>);
