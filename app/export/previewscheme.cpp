// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewscheme.h"

#include <QPalette>

namespace Spill {

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
        palette.color(QPalette::WindowText).lightness();
}

QString previewSchemeScript(bool dark)
{
    // A media feature that always holds, and one that never does: each
    // stays valid inside a longer query ("(…) and (max-width: 40em)").
    return QStringLiteral(R"((() => {
  const want = '%1';
  const always = '(min-width: 0px)';
  const never = '(max-width: 0px) and (min-width: 1px)';
  const feature = /\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)/gi;
  for (const style of document.querySelectorAll('style')) {
    if (style.dataset.spillOriginal === undefined)
      style.dataset.spillOriginal = style.textContent;
    const text = style.dataset.spillOriginal.replace(feature,
      (all, scheme) => scheme.toLowerCase() === want ? always : never);
    if (style.textContent !== text)
      style.textContent = text;
  }
  document.documentElement.style.colorScheme = want;
  return want;
})())")
        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

} // namespace Spill
