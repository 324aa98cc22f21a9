//! Snapshots for events: a JPEG of the object's box and a JPEG of the whole frame with the box drawn,
//! from the frame in which the object scored best.

use correlate::BoundingBox;
use image::codecs::jpeg::JpegEncoder;
use image::{ExtendedColorType, RgbImage};

pub use crate::event::Snapshot;
use crate::frame::Frame;
use crate::VisionError;

const QUALITY: u8 = 85;
const BOX_COLOUR: [u8; 3] = [0, 255, 0];

impl Snapshot {
    pub fn encode(frame: &Frame, bbox: &BoundingBox, score: f32) -> Result<Snapshot, VisionError> {
        let (x0, y0, x1, y1) = pixel_rect(frame, bbox);
        let mut crop = Vec::with_capacity(((x1 - x0) * (y1 - y0) * 3) as usize);
        for y in y0..y1 {
            let row = (y * frame.width) as usize * 3;
            crop.extend_from_slice(&frame.rgb[row + x0 as usize * 3..row + x1 as usize * 3]);
        }
        let crop_jpeg = jpeg(&crop, x1 - x0, y1 - y0)?;

        let mut full = RgbImage::from_raw(frame.width, frame.height, frame.rgb.to_vec())
            .ok_or_else(|| VisionError::Image("frame size does not match its data".into()))?;
        draw_rect(&mut full, x0, y0, x1, y1);
        let frame_jpeg = jpeg(full.as_raw(), frame.width, frame.height)?;
        Ok(Snapshot { crop_jpeg, frame_jpeg, bbox: *bbox, score })
    }
}

/// The box as whole pixels inside the frame, at least one pixel each way.
fn pixel_rect(frame: &Frame, b: &BoundingBox) -> (u32, u32, u32, u32) {
    let x0 = (b.x.max(0.0) as u32).min(frame.width - 1);
    let y0 = (b.y.max(0.0) as u32).min(frame.height - 1);
    let x1 = ((b.x + b.w).ceil() as u32).clamp(x0 + 1, frame.width);
    let y1 = ((b.y + b.h).ceil() as u32).clamp(y0 + 1, frame.height);
    (x0, y0, x1, y1)
}

fn draw_rect(img: &mut RgbImage, x0: u32, y0: u32, x1: u32, y1: u32) {
    let t = 2;
    let mut fill = |xa: u32, ya: u32, xb: u32, yb: u32| {
        for y in ya..yb.min(y1) {
            for x in xa..xb.min(x1) {
                img.put_pixel(x, y, image::Rgb(BOX_COLOUR));
            }
        }
    };
    fill(x0, y0, x1, y0 + t);
    fill(x0, y1.saturating_sub(t).max(y0), x1, y1);
    fill(x0, y0, x0 + t, y1);
    fill(x1.saturating_sub(t).max(x0), y0, x1, y1);
}

fn jpeg(rgb: &[u8], w: u32, h: u32) -> Result<Vec<u8>, VisionError> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, QUALITY)
        .encode(rgb, w, h, ExtendedColorType::Rgb8)
        .map_err(|e| VisionError::Image(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crop_and_frame_decode_to_the_right_sizes() {
        let f = Frame::solid(64, 48, [10, 20, 200]);
        let s = Snapshot::encode(&f, &BoundingBox { x: 10.2, y: 5.0, w: 20.0, h: 30.5 }, 0.9).unwrap();
        let crop = image::load_from_memory(&s.crop_jpeg).unwrap();
        assert_eq!((crop.width(), crop.height()), (21, 31));
        let full = image::load_from_memory(&s.frame_jpeg).unwrap().to_rgb8();
        assert_eq!(full.dimensions(), (64, 48));
        // The box edge is drawn, the inside is not.
        assert!(full.get_pixel(11, 20)[1] > 200);
        assert!(full.get_pixel(20, 20)[2] > 150);
        // A box hanging off the frame is clipped, not a panic.
        Snapshot::encode(&f, &BoundingBox { x: 60.0, y: 40.0, w: 50.0, h: 50.0 }, 0.5).unwrap();
    }
}
