#pragma once

namespace FundDesk::App {

// Names QSettings and QStandardPaths use: ~/.local/share/UNODA/FundDesk on Linux.
void setApplicationIdentity();

} // namespace FundDesk::App
