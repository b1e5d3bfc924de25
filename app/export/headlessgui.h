#pragma once

namespace lede {

// lede-cli runs without a display, yet the PDF and ODT writers need a QGuiApplication for fonts.
// Before that application is created, choose Qt's offscreen platform when there is no X11 or
// Wayland display and the user has not chosen a platform (QT_QPA_PLATFORM) themselves.
class HeadlessGui
{
public:
    static bool hasDisplay();
    // Returns true when it chose the offscreen platform.
    static bool prepare();
};

} // namespace lede
