//! Helpers shared by the integration tests: the model (through the crate's own `fetch`), real footage
//! from the Debian `opencv-doc` package, and an in-process RTSP server.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use gstreamer as gst;
use gstreamer_rtsp_server as rtsp;
use gstreamer_rtsp_server::prelude::*;

/// The converted detector: `TIPLINE_MODELS_DIR` or a cache under the target directory.
pub fn manifest() -> PathBuf {
    static M: OnceLock<PathBuf> = OnceLock::new();
    M.get_or_init(|| {
        let dir = vision::default_models_dir();
        vision::fetch(&dir).unwrap_or_else(|e| panic!("fetching the model into {}: {e}", dir.display()))
    })
    .clone()
}

/// `vtest.avi` from Debian's `opencv-doc`, through the crate's own fetch, cached next to the models.
pub fn vtest_avi() -> PathBuf {
    static LOCK: Mutex<()> = Mutex::new(());
    let _g = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    vision::fetch_demo_video(&vision::default_models_dir()).unwrap_or_else(|e| panic!("fetching vtest.avi: {e}"))
}

/// A free TCP port on loopback (bound, read, released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// An RTSP server on 127.0.0.1 streaming a file as H.264 at its own pace, on a GLib main loop thread.
pub struct RtspServer {
    pub port: u16,
    server: rtsp::RTSPServer,
    source: Option<gst::glib::SourceId>,
    context: gst::glib::MainContext,
    main_loop: gst::glib::MainLoop,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RtspServer {
    pub fn start(file: &Path, port: u16) -> RtspServer {
        gst::init().unwrap();
        let context = gst::glib::MainContext::new();
        let main_loop = gst::glib::MainLoop::new(Some(&context), false);
        let server = rtsp::RTSPServer::new();
        server.set_address("127.0.0.1");
        server.set_service(&port.to_string());
        let factory = rtsp::RTSPMediaFactory::new();
        factory.set_launch(&format!(
            "( filesrc location=\"{}\" ! decodebin ! videoconvert ! openh264enc bitrate=2000000 ! h264parse ! rtph264pay name=pay0 pt=96 config-interval=1 )",
            file.display()
        ));
        factory.set_shared(true);
        server.mount_points().unwrap().add_factory("/cam1", factory);
        let source = server.attach(Some(&context)).expect("RTSP server attach");
        let ml = main_loop.clone();
        let thread = std::thread::spawn(move || ml.run());
        RtspServer { port, server, source: Some(source), context, main_loop, thread: Some(thread) }
    }

    pub fn url(&self) -> String {
        format!("rtsp://127.0.0.1:{}/cam1", self.port)
    }

    /// Closes every client connection and stops listening, as a crashed camera would.
    pub fn stop(mut self) {
        self.server.client_filter(Some(&mut |_, _| rtsp::RTSPFilterResult::Remove));
        // The listening socket's source lives on our own context, not the default one.
        if let Some(source) = self.source.take().and_then(|id| self.context.find_source_by_id(&id)) {
            source.destroy();
        }
        std::thread::sleep(Duration::from_millis(200));
        self.main_loop.quit();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
