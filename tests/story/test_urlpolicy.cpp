// SPDX-License-Identifier: GPL-3.0-or-later
// The one URL policy: what the editor accepts is what an export publishes.
#include "story/urlpolicy.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Spill;

TEST_CASE("url policy")
{
    SECTION("nominal: recipe and published URLs only pass as http(s) with a host")
    {
        CHECK(allowedWebUrl(u"http://example.com/souffle?x=1#y"_s) ==
              u"http://example.com/souffle?x=1#y"_s);
        CHECK(allowedWebUrl(u"  HTTPS://Example.com/a  "_s) == u"https://example.com/a"_s);
        // A pasted address with spaces or quotes is encoded, not refused.
        CHECK(allowedWebUrl(u"https://example.com/a b\"<"_s) ==
              u"https://example.com/a%20b%22%3C"_s);
    }

    SECTION("robustness: other schemes, hidden schemes and hostless URLs are refused")
    {
        CHECK(allowedWebUrl(u"javascript:alert(1)"_s).isEmpty());
        CHECK(allowedWebUrl(u" JaVa\tScRiPt:alert(1)"_s).isEmpty());
        CHECK(allowedWebUrl(u"data:text/html,hi"_s).isEmpty());
        CHECK(allowedWebUrl(u"vbscript:x"_s).isEmpty());
        CHECK(allowedWebUrl(u"file:///etc/passwd"_s).isEmpty());
        CHECK(allowedWebUrl(u"//evil.example/x"_s).isEmpty());
        CHECK(allowedWebUrl(u"https://"_s).isEmpty());
        CHECK(allowedWebUrl(u"www.example.com"_s).isEmpty());
    }

    SECTION("nominal: the editor accepts exactly what the export keeps, and no address")
    {
        CHECK(isAcceptableWebAddress(QString()));
        CHECK(isAcceptableWebAddress(u"   "_s));
        for (const QString &text :
             {u"https://example.com/a?b=c"_s, u"HTTP://example.com"_s, u"https://example.com/a b"_s,
              u"javascript:alert(1)"_s, u"https://"_s, u"www.example.com"_s,
              u"ftp://example.com/x"_s, u"mailto:me@example.com"_s}) {
            INFO(text.toStdString());
            CHECK(isAcceptableWebAddress(text) == !allowedWebUrl(text).isEmpty());
        }
        CHECK(isAcceptableWebAddress(u"https://example.com/a b"_s));
        CHECK_FALSE(isAcceptableWebAddress(u"mailto:me@example.com"_s));
    }

    SECTION("nominal: links inside beats allow http(s), mailto and relative references")
    {
        CHECK(isAllowedLinkUrl(u"mailto:me@example.com"_s));
        CHECK(isAllowedLinkUrl(u"01-dream.jpg"_s));
        CHECK(isAllowedLinkUrl(u"/posts/other/"_s));
        CHECK_FALSE(isAllowedLinkUrl(u"\x01javascript:x"_s));
        CHECK_FALSE(isAllowedLinkUrl(u"file:///etc/passwd"_s));
        CHECK_FALSE(isAllowedLinkUrl(u"data:image/png;base64,AAAA"_s));
    }
}
