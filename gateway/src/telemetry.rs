//! Logging setup. Logs go to stderr; `RUST_LOG`, when set, overrides `log.level`.

use tracing_subscriber::EnvFilter;

use crate::config::LogConfig;

/// The SIP stack logs whole messages at `info`, caller ids included; the line is anonymous by default, so
/// its logs stay at `warn` unless the operator names `rsipstack` in the filter explicitly.
fn directives(level: &str) -> String {
    if level.contains("rsipstack") {
        level.to_owned()
    } else {
        format!("{level},rsipstack=warn")
    }
}

pub fn init(log: &LogConfig) {
    let filter = EnvFilter::try_new(directives(&std::env::var("RUST_LOG").unwrap_or_else(|_| log.level.clone())))
        .unwrap_or_else(|_| EnvFilter::new(directives(&log.level)));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    // A second init (tests building several apps) is harmless: the first subscriber stays.
    let _ = if log.format == "json" { builder.json().try_init() } else { builder.try_init() };
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_sip_stack_is_quiet_unless_asked() {
        assert_eq!(super::directives("info"), "info,rsipstack=warn");
        assert_eq!(super::directives("debug,rsipstack=trace"), "debug,rsipstack=trace");
    }
}
