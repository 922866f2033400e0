// SPDX-License-Identifier: GPL-3.0-or-later
// WordPress sites in Preferences and the dialog that adds one: what a
// creator can do without a site answering.
#include "preferences/preferences.h"
#include "preferences/wordpresssitespage.h"
#include "publish/wordpresssitedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Spill;

TEST_CASE("wordpress sites: the Preferences page")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    PreferencesStore preferences(dir.filePath(u"spill.ini"_s));
    WordPressSitesPage page(preferences);
    page.show();

    SECTION("nominal: with no site it says what the page is for")
    {
        CHECK(page.siteList()->topLevelItemCount() == 0);
        CHECK(page.statusLabel()->text().contains(u"No sites yet"_s));
        CHECK_FALSE(page.checkButton()->isEnabled());
        CHECK_FALSE(page.removeButton()->isEnabled());
    }

    SECTION("nominal: a site added elsewhere is listed, selected and can be forgotten")
    {
        preferences.addWordPressSite({u"https://blog.example/food"_s, u"ana"_s});
        preferences.addWordPressSite({u"https://other.example"_s, u"bo"_s});
        REQUIRE(page.siteList()->topLevelItemCount() == 2);
        CHECK(page.siteList()->topLevelItem(0)->text(0) == u"https://blog.example/food"_s);
        CHECK(page.siteList()->topLevelItem(0)->text(1) == u"ana"_s);
        CHECK(page.checkButton()->isEnabled());
        REQUIRE(page.removeButton()->isEnabled());
        page.removeButton()->click();
        CHECK(preferences.wordPressSites() ==
              QList<WordPressSiteEntry> {{u"https://other.example"_s, u"bo"_s}});
        CHECK(page.statusLabel()->text().contains(u"its posts stay on the site"_s));
    }
}

TEST_CASE("wordpress sites: adding one")
{
    WordPressSiteDialog dialog;
    dialog.show();
    QPushButton *add = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(add);

    SECTION("nominal: nothing can be added or checked until all three fields are usable")
    {
        CHECK_FALSE(add->isEnabled());
        CHECK_FALSE(dialog.checkButton()->isEnabled());
        dialog.addressEdit()->setText(u"blog.example/food"_s);
        dialog.userEdit()->setText(u" ana "_s);
        CHECK_FALSE(add->isEnabled());
        dialog.passwordEdit()->setText(u"abcd efgh ijkl mnop qrst uvwx"_s);
        CHECK(add->isEnabled());
        CHECK(dialog.checkButton()->isEnabled());
        // An address typed without a scheme is taken as https.
        CHECK(dialog.site().address == u"https://blog.example/food"_s);
        CHECK(dialog.site().user == u"ana"_s);
        CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
    }

    SECTION("error: an address that is not a website is refused, saying why")
    {
        dialog.addressEdit()->setText(u"ftp://files.example"_s);
        dialog.userEdit()->setText(u"ana"_s);
        dialog.passwordEdit()->setText(u"x"_s);
        CHECK_FALSE(add->isEnabled());
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.statusLabel()->text().contains(u"not a website address"_s));
    }
}
