#pragma once

namespace FundDesk::App {

// The command line's contract with scripts: 0 done, 1 the work failed, 2 the call was wrong.
enum ExitCode : int { Success = 0, Failure = 1, Usage = 2 };

} // namespace FundDesk::App
