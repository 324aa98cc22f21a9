//! Camera ingest with GStreamer: `uridecodebin -> videoconvert -> videoscale -> appsink` (I420 converted
//! to packed RGB by [`crate::yuv`] the way OpenCV does, or packed RGB from sources that are not YUV 4:2:0),
//! one supervisor thread per camera that reconnects live streams with exponential backoff.
//!
//! Memory is bounded by construction: frames go through a `sync_channel` of `queue_frames`. For live
//! sources a full queue drops the new frame (counted), because a camera does not wait for us; for files
//! the decoder waits instead, so a file is analysed completely at whatever speed the detector manages.
//! A source that delivers nothing for `stall_timeout` is torn down (and a live one reconnected): a server
//! that vanishes without closing the connection otherwise looks like a quiet camera forever.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use gstreamer as gst;
use gstreamer::prelude::*;
use gstreamer_app as gst_app;
use gstreamer_video as gst_video;

use crate::frame::Frame;
use crate::yuv;
use crate::VisionError;

#[derive(Debug, Clone, PartialEq)]
pub struct IngestOptions {
    /// Keep every Nth decoded frame.
    pub sample_every: u32,
    pub queue_frames: usize,
    pub reconnect_min: Duration,
    pub reconnect_max: Duration,
    pub stall_timeout: Duration,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            sample_every: 5,
            queue_frames: 4,
            reconnect_min: Duration::from_secs(1),
            reconnect_max: Duration::from_secs(30),
            stall_timeout: Duration::from_secs(10),
        }
    }
}

/// What a camera's ingest delivers, in order.
#[derive(Debug)]
pub enum IngestItem {
    /// Frames are flowing (first frame after a start or a reconnect).
    Connected,
    Frame(Frame),
    /// The stream failed or stalled; a live source will be retried after `retry_in`.
    Disconnected {
        reason: String,
        retry_in: Duration,
    },
    /// The source cannot be used and will not be retried (a file that does not decode, a missing plugin).
    Failed(String),
    /// A file reached its end.
    Eos,
}

/// Counters shared with whoever wants to show camera health.
#[derive(Debug, Default)]
pub struct IngestStats {
    pub decoded: AtomicU64,
    pub sampled: AtomicU64,
    pub dropped: AtomicU64,
    pub reconnects: AtomicU64,
}

/// A running ingest; dropping it stops the pipeline.
pub struct Ingest {
    pub items: Receiver<IngestItem>,
    pub stats: Arc<IngestStats>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Ingest {
    /// Starts ingest of `uri` (see [`crate::config::to_uri`]) on its own thread.
    pub fn start(camera: &str, uri: &str, options: IngestOptions) -> Result<Ingest, VisionError> {
        gst::init().map_err(|e| VisionError::Gstreamer(e.to_string()))?;
        for element in ["uridecodebin", "videoconvert", "videoscale", "appsink"] {
            if gst::ElementFactory::find(element).is_none() {
                return Err(VisionError::Gstreamer(format!(
                    "element {element} missing (install gstreamer1.0-plugins-base)"
                )));
            }
        }
        let (tx, rx) = sync_channel(options.queue_frames.max(1));
        let stop = Arc::new(AtomicBool::new(false));
        let stats = Arc::new(IngestStats::default());
        let sup = Supervisor {
            camera: camera.to_string(),
            uri: uri.to_string(),
            live: is_live(uri),
            options,
            tx,
            stop: stop.clone(),
            stats: stats.clone(),
        };
        let thread = std::thread::Builder::new()
            .name(format!("ingest-{camera}"))
            .spawn(move || sup.run())
            .map_err(|e| VisionError::Gstreamer(e.to_string()))?;
        Ok(Ingest { items: rx, stats, stop, thread: Some(thread) })
    }

    /// Asks the supervisor to stop; items already queued can still be read.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

impl Drop for Ingest {
    fn drop(&mut self) {
        self.stop();
        // Unblock a file pipeline waiting on a full queue before joining.
        while self.items.try_recv().is_ok() {}
        if let Some(t) = self.thread.take() {
            let deadline = Instant::now() + Duration::from_secs(5);
            while !t.is_finished() && Instant::now() < deadline {
                while self.items.try_recv().is_ok() {}
                std::thread::sleep(Duration::from_millis(10));
            }
            if t.is_finished() {
                let _ = t.join();
            }
        }
    }
}

/// Network streams are live: they are reconnected, and frames are dropped rather than waited for.
pub fn is_live(uri: &str) -> bool {
    ["rtsp://", "rtsps://", "rtspt://", "http://", "https://", "udp://", "srt://"].iter().any(|p| uri.starts_with(p))
}

struct Supervisor {
    camera: String,
    uri: String,
    live: bool,
    options: IngestOptions,
    tx: SyncSender<IngestItem>,
    stop: Arc<AtomicBool>,
    stats: Arc<IngestStats>,
}

enum Outcome {
    Stopped,
    Eos,
    Failed(String),
    /// The consumer went away.
    Closed,
}

impl Supervisor {
    fn run(self) {
        let mut backoff = self.options.reconnect_min;
        loop {
            let connected = Arc::new(AtomicBool::new(false));
            let outcome = match self.build() {
                Ok((pipeline, convert, sink)) => {
                    let o = self.play(&pipeline, &convert, &sink, &connected);
                    let _ = pipeline.set_state(gst::State::Null);
                    o
                }
                Err(e) => Outcome::Failed(e),
            };
            let reason = match outcome {
                Outcome::Stopped | Outcome::Closed => return,
                Outcome::Eos if !self.live => {
                    let _ = self.tx.send(IngestItem::Eos);
                    return;
                }
                Outcome::Eos => "stream ended".to_string(),
                Outcome::Failed(reason) if !self.live => {
                    let _ = self.tx.send(IngestItem::Failed(reason));
                    return;
                }
                Outcome::Failed(reason) => reason,
            };
            if connected.load(Ordering::SeqCst) {
                backoff = self.options.reconnect_min;
            }
            tracing::warn!(camera = %self.camera, %reason, retry_in_ms = backoff.as_millis() as u64, "stream lost");
            if self.tx.send(IngestItem::Disconnected { reason, retry_in: backoff }).is_err() {
                return;
            }
            self.stats.reconnects.fetch_add(1, Ordering::Relaxed);
            let until = Instant::now() + backoff;
            while Instant::now() < until {
                if self.stop.load(Ordering::SeqCst) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            backoff = (backoff * 2).min(self.options.reconnect_max);
        }
    }

    fn build(&self) -> Result<(gst::Pipeline, gst::Element, gst_app::AppSink), String> {
        let make = |name: &str| gst::ElementFactory::make(name).build().map_err(|e| format!("{name}: {e}"));
        let pipeline = gst::Pipeline::new();
        let src = make("uridecodebin")?;
        src.set_property("uri", &self.uri);
        let convert = make("videoconvert")?;
        let scale = make("videoscale")?;
        // No pixel-aspect-ratio in the caps: forcing 1/1 makes videoscale letterbox and shifts every box.
        // I420 first: decoders of camera codecs produce it, `videoconvert` then passes it through and we
        // convert to RGB ourselves with OpenCV's arithmetic (see `yuv`), only for the frames we sample.
        let caps = gst::Caps::builder("video/x-raw").field("format", gst::List::new(["I420", "RGB"])).build();
        let sink = gst_app::AppSink::builder().caps(&caps).max_buffers(2).drop(self.live).sync(false).build();
        pipeline.add_many([&src, &convert, &scale, sink.upcast_ref()]).map_err(|e| e.to_string())?;
        gst::Element::link_many([&convert, &scale, sink.upcast_ref()]).map_err(|e| e.to_string())?;

        src.connect("source-setup", false, |args| {
            if let Ok(source) = args[1].get::<gst::Element>() {
                // TCP interleaving survives NAT and reports a dead server as an error instead of silence.
                if source.has_property("protocols") {
                    source.set_property_from_str("protocols", "tcp");
                }
                if source.has_property("latency") {
                    source.set_property("latency", 200u32);
                }
            }
            None
        });
        let convert_weak = convert.downgrade();
        let pipeline_weak = pipeline.downgrade();
        src.connect_pad_added(move |_, pad| {
            let is_video = pad
                .current_caps()
                .and_then(|c| c.structure(0).map(|s| s.name().starts_with("video/")))
                .unwrap_or(false);
            if is_video {
                if let Some(sinkpad) = convert_weak.upgrade().and_then(|c| c.static_pad("sink")) {
                    if !sinkpad.is_linked() {
                        let _ = pad.link(&sinkpad);
                        return;
                    }
                }
            }
            // Audio and extra streams go to a fakesink so they never stall the video.
            if let (Some(p), Ok(fake)) = (pipeline_weak.upgrade(), gst::ElementFactory::make("fakesink").build()) {
                fake.set_property("sync", false);
                if p.add(&fake).is_ok() {
                    let _ = fake.sync_state_with_parent();
                    if let Some(fp) = fake.static_pad("sink") {
                        let _ = pad.link(&fp);
                    }
                }
            }
        });
        Ok((pipeline, convert, sink))
    }

    fn play(
        &self,
        pipeline: &gst::Pipeline,
        convert: &gst::Element,
        sink: &gst_app::AppSink,
        connected: &Arc<AtomicBool>,
    ) -> Outcome {
        let last_frame = Arc::new(Mutex::new(Instant::now()));
        let closed = Arc::new(AtomicBool::new(false));
        let every = u64::from(self.options.sample_every.max(1));
        // Sampling happens before colour conversion: frames we will not analyse are never converted to RGB,
        // which is most of the CPU a decoded frame costs after the decoder itself.
        if let Some(pad) = convert.static_pad("sink") {
            let stats = self.stats.clone();
            let last_frame = last_frame.clone();
            let decoded = AtomicU64::new(0);
            pad.add_probe(gst::PadProbeType::BUFFER, move |_, _| {
                *last_frame.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
                stats.decoded.fetch_add(1, Ordering::Relaxed);
                if decoded.fetch_add(1, Ordering::Relaxed).is_multiple_of(every) {
                    gst::PadProbeReturn::Ok
                } else {
                    // Handled, not Drop: the binding then releases the buffer itself. With Drop on GStreamer
                    // 1.22 the buffer is released twice (a CRITICAL per dropped frame).
                    gst::PadProbeReturn::Handled
                }
            });
        }
        {
            let tx = self.tx.clone();
            let stats = self.stats.clone();
            let live = self.live;
            let last_frame = last_frame.clone();
            let connected = connected.clone();
            let closed = closed.clone();
            let stop = self.stop.clone();
            let mut index = 0u64;
            sink.set_callbacks(
                gst_app::AppSinkCallbacks::builder()
                    .new_sample(move |sink| {
                        let sample = sink.pull_sample().map_err(|_| gst::FlowError::Eos)?;
                        // Only every Nth decoded frame gets here (see the probe above).
                        let i = index * every;
                        index += 1;
                        if !connected.swap(true, Ordering::SeqCst) && tx.send(IngestItem::Connected).is_err() {
                            closed.store(true, Ordering::SeqCst);
                            return Err(gst::FlowError::Flushing);
                        }
                        let Some(frame) = to_frame(&sample, i) else { return Ok(gst::FlowSuccess::Ok) };
                        stats.sampled.fetch_add(1, Ordering::Relaxed);
                        if live {
                            match tx.try_send(IngestItem::Frame(frame)) {
                                Ok(()) => {}
                                Err(TrySendError::Full(_)) => {
                                    stats.dropped.fetch_add(1, Ordering::Relaxed);
                                }
                                Err(TrySendError::Disconnected(_)) => {
                                    closed.store(true, Ordering::SeqCst);
                                    return Err(gst::FlowError::Flushing);
                                }
                            }
                        } else {
                            // Files wait for the consumer; poll so that a stop request still gets through.
                            let mut item = IngestItem::Frame(frame);
                            loop {
                                match tx.try_send(item) {
                                    Ok(()) => break,
                                    Err(TrySendError::Full(back)) => {
                                        if stop.load(Ordering::SeqCst) {
                                            return Err(gst::FlowError::Flushing);
                                        }
                                        // Waiting on the consumer is not a stall of the source.
                                        *last_frame.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
                                        item = back;
                                        std::thread::sleep(Duration::from_millis(2));
                                    }
                                    Err(TrySendError::Disconnected(_)) => {
                                        closed.store(true, Ordering::SeqCst);
                                        return Err(gst::FlowError::Flushing);
                                    }
                                }
                            }
                        }
                        Ok(gst::FlowSuccess::Ok)
                    })
                    .build(),
            );
        }

        let Some(bus) = pipeline.bus() else { return Outcome::Failed("pipeline without a bus".into()) };
        if pipeline.set_state(gst::State::Playing).is_err() {
            // The reason is on the bus (file not found, connection refused...).
            return Outcome::Failed(bus_error(&bus).unwrap_or_else(|| format!("cannot start {}", self.uri)));
        }
        *last_frame.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
        loop {
            if self.stop.load(Ordering::SeqCst) {
                return Outcome::Stopped;
            }
            if closed.load(Ordering::SeqCst) {
                return Outcome::Closed;
            }
            let msg = bus.timed_pop_filtered(
                gst::ClockTime::from_mseconds(100),
                &[gst::MessageType::Error, gst::MessageType::Eos],
            );
            match msg.as_ref().map(|m| m.view()) {
                Some(gst::MessageView::Eos(_)) => return Outcome::Eos,
                Some(gst::MessageView::Error(e)) => return Outcome::Failed(describe_error(e)),
                _ => {}
            }
            // Files are watched too: decodebin can swallow a demuxer's error on a corrupt file while it is
            // still plugging elements, and then neither an error nor EOS ever arrives.
            let idle = last_frame.lock().unwrap_or_else(|p| p.into_inner()).elapsed();
            if idle > self.options.stall_timeout {
                return Outcome::Failed(format!("no frame for {} s", idle.as_secs()));
            }
        }
    }
}

fn bus_error(bus: &gst::Bus) -> Option<String> {
    let msg = bus.timed_pop_filtered(gst::ClockTime::from_mseconds(500), &[gst::MessageType::Error])?;
    match msg.view() {
        gst::MessageView::Error(e) => Some(describe_error(e)),
        _ => None,
    }
}

fn describe_error(e: &gst::message::Error) -> String {
    let from = e.src().map(|s| s.name().to_string()).unwrap_or_default();
    let text = match e.debug() {
        Some(d) => format!("{} ({from}: {})", e.error(), d.lines().last().unwrap_or_default()),
        None => format!("{} ({from})", e.error()),
    };
    redact_credentials(&text)
}

/// GStreamer messages may quote the stream URI, and camera URIs often carry `user:password@`: errors are
/// logged and shown, so the user info goes.
pub fn redact_credentials(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let authority_end =
            tail.find(|c: char| c == '/' || c.is_whitespace() || c == '"' || c == '\'').unwrap_or(tail.len());
        match tail[..authority_end].rfind('@') {
            Some(at) => {
                out.push_str("***");
                rest = &tail[at..];
            }
            None => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

/// Copies a GStreamer sample (packed RGB, or I420 converted here) into a packed [`Frame`].
fn to_frame(sample: &gst::Sample, index: u64) -> Option<Frame> {
    let caps = sample.caps()?;
    let info = gst_video::VideoInfo::from_caps(caps).ok()?;
    let buffer = sample.buffer()?;
    let map = buffer.map_readable().ok()?;
    let (w, h) = (info.width() as usize, info.height() as usize);
    let mut rgb = Vec::with_capacity(w * h * 3);
    let plane = |i: usize| (map.get(info.offset()[i]..).unwrap_or_default(), info.stride()[i] as usize);
    if info.format() == gst_video::VideoFormat::I420 {
        let picture = yuv::I420 { width: w, height: h, y: plane(0), u: plane(1), v: plane(2) };
        yuv::i420_to_rgb(&picture, &yuv::Coefficients::for_colorimetry(&info.colorimetry()), &mut rgb)?;
    } else {
        // GStreamer pads RGB rows to 4 bytes.
        let (data, stride) = plane(0);
        for y in 0..h {
            rgb.extend_from_slice(data.get(y * stride..y * stride + w * 3)?);
        }
    }
    let pts = buffer.pts().map(|t| Duration::from_nanos(t.nseconds())).unwrap_or_default();
    Some(Frame::new(w as u32, h as u32, rgb, pts, index))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_uris_are_redacted() {
        assert_eq!(
            redact_credentials("cannot open rtsp://admin:s3cret@10.0.0.5:554/live and http://h/x"),
            "cannot open rtsp://***@10.0.0.5:554/live and http://h/x"
        );
        assert_eq!(redact_credentials("no uri, a@b"), "no uri, a@b");
        assert_eq!(redact_credentials("rtsp://u:p@h"), "rtsp://***@h");
    }

    #[test]
    fn network_uris_are_live_and_files_are_not() {
        assert!(is_live("rtsp://127.0.0.1/cam") && is_live("https://h/x.m3u8"));
        assert!(!is_live("file:///tmp/a.avi"));
    }
}
