// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the system's font list (fontconfig) on a worker thread while the window is being built, so that the
// window's first text layout finds it ready instead of scanning the fonts itself before the first paint.
namespace tkb {

class FontWarmup
{
public:
    /// Starts the worker once per process (later calls do nothing); it is waited for when the application quits.
    static void start();
};

} // namespace tkb
