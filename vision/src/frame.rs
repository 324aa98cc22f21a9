//! Decoded frames: packed RGB with a timestamp, shared cheaply between the detector, the tracker (which
//! keeps the best frame of each object for its snapshot) and the snapshot encoder.

use std::sync::Arc;
use std::time::Duration;

/// One decoded picture, tightly packed RGB (3 bytes per pixel, no row padding).
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub width: u32,
    pub height: u32,
    pub rgb: Arc<Vec<u8>>,
    /// Position in the stream (presentation time since the stream started).
    pub pts: Duration,
    /// Index of this frame among all decoded frames of the source, sampled or not.
    pub index: u64,
}

impl Frame {
    /// A frame from packed RGB; `rgb.len()` must be `width * height * 3`.
    pub fn new(width: u32, height: u32, rgb: Vec<u8>, pts: Duration, index: u64) -> Frame {
        assert_eq!(rgb.len(), width as usize * height as usize * 3, "packed RGB of the stated size");
        Frame { width, height, rgb: Arc::new(rgb), pts, index }
    }

    /// A frame filled with one colour, for tests.
    pub fn solid(width: u32, height: u32, rgb: [u8; 3]) -> Frame {
        let data = rgb.iter().copied().cycle().take(width as usize * height as usize * 3).collect();
        Frame::new(width, height, data, Duration::ZERO, 0)
    }

    #[inline]
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 3] {
        let i = (y as usize * self.width as usize + x as usize) * 3;
        [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
    }
}
