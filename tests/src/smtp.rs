//! A real SMTP server for the tests: Debian's aiosmtpd on 127.0.0.1, storing every message in a Maildir.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// aiosmtpd writing every message it receives into a Maildir.
pub struct SmtpServer {
    pub child: Child,
    pub port: u16,
    pub maildir: tempfile::TempDir,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let maildir = tempfile::tempdir().unwrap();
        // Debian's python3-aiosmtpd lives with the system interpreter, which may not be first on PATH.
        let python = std::env::var("TIPLINE_TEST_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into());
        let child = Command::new(&python)
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("mail"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {python} -m aiosmtpd ({e}); install python3-aiosmtpd (scripts/setup)")
            });
        let started = Instant::now();
        while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
            assert!(started.elapsed() < Duration::from_secs(15), "aiosmtpd did not start listening");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        SmtpServer { child, port, maildir }
    }

    pub fn messages(&self) -> Vec<String> {
        let dir = self.maildir.path().join("mail/new");
        let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
        entries.map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
