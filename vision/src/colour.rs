//! Dominant colour of an object: a coarse colour name for the central part of its box (the torso of a
//! person, which is mostly clothing; the body of a vehicle), by majority vote over HSV bins.
//!
//! Coarse names on purpose: they are what a caller says ("a red van") and what survives bad light.

use correlate::BoundingBox;

use crate::frame::Frame;

/// The most common colour name inside the object's central region, or `None` for boxes too small to say.
pub fn dominant_colour(frame: &Frame, bbox: &BoundingBox, label: &str) -> Option<&'static str> {
    // A person's torso sits in the upper-middle of the box; legs, head and background are left out.
    let (fx0, fx1, fy0, fy1) = if label == "person" { (0.3, 0.7, 0.2, 0.55) } else { (0.25, 0.75, 0.25, 0.75) };
    let x0 = (bbox.x + bbox.w * fx0).max(0.0) as u32;
    let x1 = ((bbox.x + bbox.w * fx1) as u32).min(frame.width);
    let y0 = (bbox.y + bbox.h * fy0).max(0.0) as u32;
    let y1 = ((bbox.y + bbox.h * fy1) as u32).min(frame.height);
    if x1 <= x0 + 2 || y1 <= y0 + 2 {
        return None;
    }
    let mut votes = [0u32; NAMES.len()];
    for y in y0..y1 {
        for x in x0..x1 {
            votes[classify(frame.pixel(x, y))] += 1;
        }
    }
    let (best, _) = votes.iter().enumerate().max_by_key(|(_, v)| **v)?;
    Some(NAMES[best])
}

const NAMES: [&str; 11] =
    ["black", "white", "grey", "red", "orange", "brown", "yellow", "green", "blue", "purple", "pink"];

fn classify([r, g, b]: [u8; 3]) -> usize {
    let (r, g, b) = (r as f32 / 255.0, g as f32 / 255.0, b as f32 / 255.0);
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let v = max;
    let s = if max > 0.0 { (max - min) / max } else { 0.0 };
    if v < 0.2 {
        return 0;
    }
    if s < 0.2 {
        return if v > 0.8 { 1 } else { 2 };
    }
    let d = max - min;
    let h = if max == r {
        60.0 * ((g - b) / d).rem_euclid(6.0)
    } else if max == g {
        60.0 * ((b - r) / d + 2.0)
    } else {
        60.0 * ((r - g) / d + 4.0)
    };
    match h {
        h if !(15.0..345.0).contains(&h) => 3,
        h if h < 40.0 => {
            if v < 0.6 {
                5
            } else {
                4
            }
        }
        h if h < 70.0 => 6,
        h if h < 170.0 => 7,
        h if h < 260.0 => 8,
        h if h < 300.0 => 9,
        _ => 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_plain_colours() {
        for (rgb, name) in [
            ([200, 20, 20], "red"),
            ([20, 40, 200], "blue"),
            ([250, 250, 250], "white"),
            ([10, 10, 10], "black"),
            ([128, 128, 128], "grey"),
            ([30, 160, 40], "green"),
            ([230, 220, 30], "yellow"),
            ([110, 60, 20], "brown"),
        ] {
            let f = Frame::solid(20, 20, rgb);
            let b = BoundingBox { x: 0.0, y: 0.0, w: 20.0, h: 20.0 };
            assert_eq!(dominant_colour(&f, &b, "car"), Some(name), "{rgb:?}");
        }
    }

    #[test]
    fn looks_at_the_torso_of_a_person_and_refuses_tiny_boxes() {
        // Grey picture with a red block where a person's torso would be.
        let mut rgb = vec![128u8; 40 * 80 * 3];
        for y in 18..44 {
            for x in 12..28 {
                let i = (y * 40 + x) * 3;
                rgb[i..i + 3].copy_from_slice(&[220, 10, 10]);
            }
        }
        let f = Frame::new(40, 80, rgb, std::time::Duration::ZERO, 0);
        let b = BoundingBox { x: 0.0, y: 0.0, w: 40.0, h: 80.0 };
        assert_eq!(dominant_colour(&f, &b, "person"), Some("red"));
        let tiny = BoundingBox { x: 0.0, y: 0.0, w: 3.0, h: 3.0 };
        assert_eq!(dominant_colour(&f, &tiny, "car"), None);
    }
}
