//! Planar YUV 4:2:0 (I420) to packed RGB, with the arithmetic of FFmpeg's swscale, which OpenCV's
//! `VideoCapture` uses.
//!
//! Why not GStreamer's `videoconvert`: it interpolates chroma and rounds differently, so every pixel
//! ends up ~1.4 levels away from what OpenCV decodes from the same file. YOLO scores near the threshold
//! then flip, and the detections stop being comparable with an OpenCV DNN reference (measured on
//! vtest.avi: 2 of 80 frames differed because of it; with this conversion the first frame's RGB is
//! bit-exact with OpenCV's, later ones differ in 0.02-0.04% of pixels by 1-2 levels, presumably because
//! GStreamer's libavcodec and the one in OpenCV's wheel decode MPEG-4 slightly differently).
//!
//! swscale's SIMD path: chroma is repeated (nearest, 2x2), samples are shifted left by 3 and offset,
//! each term is a signed 16-bit "multiply high" (`(a * b) >> 16`, flooring) with Q13 coefficients.

use gstreamer_video as gst_video;

/// Q13 coefficients of one YUV->RGB matrix in swscale's form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coefficients {
    y: i32,
    /// Luma offset, already shifted left by 3 (16 << 3 for limited range).
    y_offset: i32,
    v_to_r: i32,
    u_to_g: i32,
    v_to_g: i32,
    u_to_b: i32,
}

/// Chroma terms from swscale's 16.16 matrix tables (`ff_yuv2rgb_coeffs`), in Q13, floored as it does.
const fn chroma(crv: i32, cbu: i32, cgu: i32, cgv: i32, scale_num: i32, scale_den: i32) -> (i32, i32, i32, i32) {
    const fn q13(c: i32, num: i32, den: i32) -> i32 {
        (c * num / den) >> 3
    }
    (q13(crv, scale_num, scale_den), q13(-cgu, scale_num, scale_den), q13(-cgv, scale_num, scale_den), q13(cbu, scale_num, scale_den))
}

impl Coefficients {
    /// ITU-R BT.601 limited range: what swscale (and so OpenCV) uses when nothing else is said. The luma
    /// gain 255/219 in Q13 (9539) is the value that reproduces OpenCV's frames bit for bit.
    pub const BT601: Coefficients = Self::limited(chroma(104597, 132201, 25675, 53279, 1, 1));
    /// ITU-R BT.709 limited range (HD cameras).
    pub const BT709: Coefficients = Self::limited(chroma(117489, 138438, 13975, 34925, 1, 1));

    const fn limited((v_to_r, u_to_g, v_to_g, u_to_b): (i32, i32, i32, i32)) -> Coefficients {
        Coefficients { y: 9539, y_offset: 16 << 3, v_to_r, u_to_g, v_to_g, u_to_b }
    }

    /// Full range (JPEG-style, e.g. MJPEG cameras): unit luma gain, chroma scaled by 224/255.
    const fn full((v_to_r, u_to_g, v_to_g, u_to_b): (i32, i32, i32, i32)) -> Coefficients {
        Coefficients { y: 1 << 13, y_offset: 0, v_to_r, u_to_g, v_to_g, u_to_b }
    }

    /// The matrix a stream's caps announce; BT.601 for anything else, as swscale does.
    pub fn for_colorimetry(c: &gst_video::VideoColorimetry) -> Coefficients {
        let full = c.range() == gst_video::VideoColorRange::Range0_255;
        match (c.matrix() == gst_video::VideoColorMatrix::Bt709, full) {
            (false, false) => Self::BT601,
            (true, false) => Self::BT709,
            (false, true) => Self::full(chroma(104597, 132201, 25675, 53279, 224, 255)),
            (true, true) => Self::full(chroma(117489, 138438, 13975, 34925, 224, 255)),
        }
    }
}

/// One I420 picture: three planes with their row strides.
pub struct I420<'a> {
    pub width: usize,
    pub height: usize,
    pub y: (&'a [u8], usize),
    pub u: (&'a [u8], usize),
    pub v: (&'a [u8], usize),
}

fn row((plane, stride): (&[u8], usize), r: usize, n: usize) -> Option<&[u8]> {
    plane.get(r * stride..r * stride + n)
}

fn mul_high(a: i32, b: i32) -> i32 {
    (a * b) >> 16
}

/// Appends the picture as packed RGB to `out`; `None` if a plane is shorter than its stride says.
pub fn i420_to_rgb(p: &I420, m: &Coefficients, out: &mut Vec<u8>) -> Option<()> {
    let cw = p.width.div_ceil(2);
    // The chroma terms of one row of chroma samples, shared by two picture rows.
    let mut terms = vec![(0i32, 0i32, 0i32); cw];
    out.reserve(p.width * p.height * 3);
    for y in 0..p.height {
        if y % 2 == 0 {
            let (us, vs) = (row(p.u, y / 2, cw)?, row(p.v, y / 2, cw)?);
            for ((t, &u), &v) in terms.iter_mut().zip(us).zip(vs) {
                let (u, v) = ((i32::from(u) << 3) - (128 << 3), (i32::from(v) << 3) - (128 << 3));
                *t = (mul_high(v, m.v_to_r), mul_high(u, m.u_to_g) + mul_high(v, m.v_to_g), mul_high(u, m.u_to_b));
            }
        }
        for (x, &l) in row(p.y, y, p.width)?.iter().enumerate() {
            let luma = mul_high((i32::from(l) << 3) - m.y_offset, m.y);
            let (r, g, b) = terms[x / 2];
            out.extend([(luma + r).clamp(0, 255) as u8, (luma + g).clamp(0, 255) as u8, (luma + b).clamp(0, 255) as u8]);
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(y: &[u8], u: u8, v: u8, m: &Coefficients) -> Vec<u8> {
        let (u, v) = ([u], [v]);
        let p = I420 { width: 2, height: 1, y: (y, 2), u: (&u, 1), v: (&v, 1) };
        let mut out = Vec::new();
        i420_to_rgb(&p, m, &mut out).unwrap();
        out
    }

    #[test]
    fn limited_range_black_white_and_primaries() {
        let m = Coefficients::BT601;
        assert_eq!(convert(&[16, 235], 128, 128, &m), [0, 0, 0, 255, 255, 255]);
        // BT.601 red is Y 81, U 90, V 240; blue Y 41, U 240, V 110.
        let red = convert(&[81, 81], 90, 240, &m);
        assert!(red[0] >= 253 && red[1] <= 2 && red[2] <= 2, "{red:?}");
        let blue = convert(&[41, 41], 240, 110, &m);
        assert!(blue[0] <= 2 && blue[1] <= 2 && blue[2] >= 253, "{blue:?}");
    }

    #[test]
    fn swscale_rounding_is_reproduced() {
        // Pixel pairs of vtest.avi's first frame: its I420 as GStreamer decodes it, and the RGB OpenCV 4.14's
        // VideoCapture returns there. A float conversion with rounding is off by one in several of these.
        let m = Coefficients::BT601;
        assert_eq!(convert(&[128, 124], 122, 130, &m), [133, 130, 117, 128, 125, 112]);
        assert_eq!(convert(&[189, 189], 129, 127, &m), [199, 200, 203, 199, 200, 203]);
        assert_eq!(convert(&[53, 55], 99, 123, &m), [35, 58, 0, 37, 60, 0]);
    }

    #[test]
    fn odd_sizes_and_short_planes() {
        let (y, u, v) = ([16u8; 9], [128u8; 4], [128u8; 4]);
        let p = I420 { width: 3, height: 3, y: (&y, 3), u: (&u, 2), v: (&v, 2) };
        let mut out = Vec::new();
        i420_to_rgb(&p, &Coefficients::BT601, &mut out).unwrap();
        assert_eq!(out, vec![0; 27]);
        let p = I420 { width: 3, height: 3, y: (&y[..8], 3), u: (&u, 2), v: (&v, 2) };
        assert!(i420_to_rgb(&p, &Coefficients::BT601, &mut Vec::new()).is_none());
    }
}
