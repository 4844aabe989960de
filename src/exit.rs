//! Exit codes, decided in one place.
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | success; for `check`, nothing at or above `--fail-on` |
//! | 1 | a lookup found nothing (`show`), or findings at or above `--fail-on` |
//! | 2 | usage error, unreadable or invalid input, database error; nothing was written for the input that failed |

use std::process::ExitCode;

/// Success.
pub const OK: u8 = 0;
/// Not found / findings.
pub const FINDINGS: u8 = 1;
/// Usage, input or database error.
pub const ERROR: u8 = 2;

/// Exit code as a process exit code.
pub fn code(c: u8) -> ExitCode {
    ExitCode::from(c)
}
