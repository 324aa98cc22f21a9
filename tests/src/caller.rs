//! A citizen on the phone: a spoken tip (espeak-ng, 8 kHz) placed as a real SIP call by baresip.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A port free for both UDP and TCP on loopback.
pub fn free_port() -> u16 {
    loop {
        let udp = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
        let port = udp.local_addr().unwrap().port();
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

/// `text` spoken by espeak-ng as an 8 kHz mono 16-bit WAV in `dir` (espeak-ng and sox are installed by
/// scripts/setup). The same bytes every run (see [`gateway::telephony::prompts::speak`]): a different
/// dither was enough to turn "knife" into "high" for Whisper tiny.en.
pub fn spoken_wav(dir: &Path, text: &str) -> PathBuf {
    spoken_wav_at(dir, text, 8000, 1)
}

/// `text` spoken by espeak-ng as a 16-bit WAV in `dir` at `rate` with `channels` (baresip's file source
/// must match its codec: 8 kHz mono for G.711, 48 kHz stereo for Opus).
pub fn spoken_wav_at(dir: &Path, text: &str, rate: u32, channels: u16) -> PathBuf {
    let out = dir.join(format!("speech{rate}-{channels}.wav"));
    gateway::telephony::prompts::speak(text, &out, rate, channels).unwrap_or_else(|e| panic!("speaking {text:?}: {e}"));
    out
}

/// `text` spoken by espeak-ng, as 8 kHz mono samples.
pub fn spoken(text: &str) -> Vec<i16> {
    let dir = tempfile::tempdir().unwrap();
    hound::WavReader::open(spoken_wav(dir.path(), text)).unwrap().samples::<i16>().map(Result::unwrap).collect()
}

/// baresip dials the tip line and plays `wav` as its microphone, hanging up at the end of the file.
/// It offers G.711 only.
pub fn baresip_call(port: u16, wav: &Path) -> std::process::Output {
    baresip_call_offering(port, wav, &["g711"])
}

/// As [`baresip_call`], offering the codecs of these baresip modules, in this order (Debian's
/// baresip-core ships `g711` and `opus`).
pub fn baresip_call_offering(port: u16, wav: &Path, codecs: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let modules: String = codecs.iter().map(|c| format!("module {c}.so\n")).collect();
    // Port 0: the system picks free ports. A fixed port P was racy, since baresip also binds TLS on P + 1,
    // which another test could hold ("SIP/TLS transport failed: Address already in use").
    let config = format!(
        "sip_listen 127.0.0.1:0\nnet_interface 127.0.0.1\naudio_source aufile,{}\naudio_player aufile,{}\n\
         module_path /usr/lib/baresip/modules\n{modules}module aufile.so\nmodule_app account.so\nmodule_app menu.so\n",
        wav.display(),
        dir.path().join("heard.wav").display()
    );
    std::fs::write(dir.path().join("config"), config).unwrap();
    std::fs::write(dir.path().join("accounts"), "<sip:tipster@127.0.0.1>;regint=0\n").unwrap();
    Command::new("timeout")
        .args(["40", "baresip", "-f"])
        .arg(dir.path())
        .args(["-e", &format!("/dial sip:tip@127.0.0.1:{port}"), "-t", "15"])
        .output()
        .expect("baresip is installed by scripts/setup")
}
