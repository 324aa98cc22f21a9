//! Real SIP callers for the phone tests: sipp running the scenarios kept in `tests/sipp/`, spoken audio
//! made with espeak-ng, and a tap that sees the RTP our server sends to the caller.

use std::net::SocketAddrV4;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub use crate::caller::{free_port, spoken, spoken_wav};

/// A scenario file kept in the repository under `tests/sipp/`.
pub fn scenario(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sipp").join(name)
}

/// The address sipp's media comes from and goes to when started with `-mi 127.0.0.1 -mp <port>`.
pub fn media_addr(port: u16) -> SocketAddrV4 {
    SocketAddrV4::new([127, 0, 0, 1].into(), port)
}

/// Runs sipp with a scenario from `tests/sipp/` as one call to `127.0.0.1:<sip_port>` over UDP, in `dir`
/// (where the scenario's pcap files are), with its media on `media_port`. `limit` bounds the whole call.
pub fn run_scenario(name: &str, dir: &Path, sip_port: u16, media_port: u16, limit: Duration) -> std::process::Output {
    Command::new("sipp")
        .current_dir(dir)
        .arg("-sf")
        .arg(scenario(name))
        .arg(format!("127.0.0.1:{sip_port}"))
        .args(["-m", "1", "-i", "127.0.0.1", "-mi", "127.0.0.1", "-mp", &media_port.to_string()])
        .args(["-p", &free_port().to_string(), "-t", "u1", "-nostdin", "-timeout", &format!("{}s", limit.as_secs()), "-timeout_error"])
        .output()
        .expect("sipp is installed by scripts/setup (Debian sip-tester)")
}

/// Everything sipp printed, for assertion messages.
pub fn output_text(out: &std::process::Output) -> String {
    format!("{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// Copies of the UDP datagrams sent to one loopback port, seen through a raw socket (Linux delivers a
/// copy of every UDP datagram to raw UDP sockets). sipp does not record the audio it receives, so this
/// is how a test hears what the caller heard. Needs root, as sipp's pcap play does.
pub struct RtpTap {
    seen: Arc<Mutex<Vec<Vec<u8>>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RtpTap {
    pub fn open(port: u16) -> std::io::Result<RtpTap> {
        let fd = unsafe { libc::socket(libc::AF_INET, libc::SOCK_RAW, libc::IPPROTO_UDP) };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        // A short receive timeout lets the reader notice it should stop; a big buffer keeps up with
        // every other test's loopback traffic, which the kernel copies here too.
        let timeout = libc::timeval { tv_sec: 0, tv_usec: 100_000 };
        let buffer: libc::c_int = 8 << 20;
        unsafe {
            let size = |n: usize| n as libc::socklen_t;
            libc::setsockopt(fd.as_raw_fd(), libc::SOL_SOCKET, libc::SO_RCVTIMEO, (&timeout as *const libc::timeval).cast(), size(std::mem::size_of_val(&timeout)));
            libc::setsockopt(fd.as_raw_fd(), libc::SOL_SOCKET, libc::SO_RCVBUF, (&buffer as *const libc::c_int).cast(), size(std::mem::size_of_val(&buffer)));
        }
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (s, st) = (seen.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let mut buf = vec![0u8; 65_536];
            while !st.load(Ordering::Relaxed) {
                let n = unsafe { libc::recv(fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len(), 0) };
                if n <= 0 {
                    continue;
                }
                let packet = &buf[..n as usize];
                // IPv4 header (its length in 32-bit words in the low nibble), then the UDP header.
                let ihl = usize::from(packet[0] & 0x0f) * 4;
                let Some(udp) = packet.get(ihl..) else { continue };
                if udp.len() >= 8 && u16::from_be_bytes([udp[2], udp[3]]) == port {
                    s.lock().unwrap().push(udp[8..].to_vec());
                }
            }
        });
        Ok(RtpTap { seen, stop, thread: Some(thread) })
    }

    /// The UDP payloads seen so far, in arrival order.
    pub fn datagrams(&self) -> Vec<Vec<u8>> {
        self.seen.lock().unwrap().clone()
    }
}

impl Drop for RtpTap {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
