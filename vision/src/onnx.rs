//! A minimal ONNX writer: just enough of the protobuf wire format to serialise a feed-forward graph of
//! float tensors (ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto, ValueInfoProto).
//!
//! Hand-written rather than generated because the subset is tiny and fixed, and it keeps model conversion
//! free of `protoc`, build scripts and Python. Field numbers are those of `onnx.proto` (ONNX 1.8+);
//! repeated scalars are written unpacked, which every protobuf parser accepts for proto2 and proto3.

/// Opset the converter targets (ONNX 1.8); ONNX Runtime supports it everywhere.
pub const OPSET: i64 = 13;
/// IR version matching [`OPSET`].
pub const IR_VERSION: i64 = 7;

const FLOAT: i64 = 1;

/// An attribute value on a node.
#[derive(Debug, Clone, PartialEq)]
pub enum Attr {
    Float(f32),
    Int(i64),
    Ints(Vec<i64>),
    Str(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub op_type: String,
    pub name: String,
    pub inputs: Vec<String>,
    pub outputs: Vec<String>,
    pub attrs: Vec<(String, Attr)>,
}

/// A constant float tensor (weights, biases, scales).
#[derive(Debug, Clone, PartialEq)]
pub struct Initializer {
    pub name: String,
    pub dims: Vec<i64>,
    pub data: Vec<f32>,
}

/// A graph input or output: a float tensor with a fixed shape.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueInfo {
    pub name: String,
    pub dims: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Graph {
    pub name: String,
    pub nodes: Vec<Node>,
    pub initializers: Vec<Initializer>,
    pub inputs: Vec<ValueInfo>,
    pub outputs: Vec<ValueInfo>,
}

impl Graph {
    /// The serialised `ModelProto`, ready to be written to a `.onnx` file.
    pub fn to_model_bytes(&self, producer: &str) -> Vec<u8> {
        let mut graph = Vec::new();
        for n in &self.nodes {
            message(&mut graph, 1, &node(n));
        }
        string(&mut graph, 2, &self.name);
        for t in &self.initializers {
            message(&mut graph, 5, &tensor(t));
        }
        for v in &self.inputs {
            message(&mut graph, 11, &value_info(v));
        }
        for v in &self.outputs {
            message(&mut graph, 12, &value_info(v));
        }

        let mut model = Vec::new();
        int(&mut model, 1, IR_VERSION);
        string(&mut model, 2, producer);
        message(&mut model, 7, &graph);
        let mut opset = Vec::new();
        string(&mut opset, 1, "");
        int(&mut opset, 2, OPSET);
        message(&mut model, 8, &opset);
        model
    }
}

fn node(n: &Node) -> Vec<u8> {
    let mut b = Vec::new();
    for i in &n.inputs {
        string(&mut b, 1, i);
    }
    for o in &n.outputs {
        string(&mut b, 2, o);
    }
    string(&mut b, 3, &n.name);
    string(&mut b, 4, &n.op_type);
    for (name, value) in &n.attrs {
        let mut a = Vec::new();
        string(&mut a, 1, name);
        // AttributeProto.type: FLOAT=1, INT=2, STRING=3, INTS=7.
        match value {
            Attr::Float(f) => {
                key(&mut a, 2, 5);
                a.extend_from_slice(&f.to_le_bytes());
                int(&mut a, 20, 1);
            }
            Attr::Int(i) => {
                int(&mut a, 3, *i);
                int(&mut a, 20, 2);
            }
            Attr::Str(s) => {
                string(&mut a, 4, s);
                int(&mut a, 20, 3);
            }
            Attr::Ints(v) => {
                for i in v {
                    int(&mut a, 8, *i);
                }
                int(&mut a, 20, 7);
            }
        }
        message(&mut b, 5, &a);
    }
    b
}

fn tensor(t: &Initializer) -> Vec<u8> {
    let mut b = Vec::with_capacity(t.data.len() * 4 + 64);
    for d in &t.dims {
        int(&mut b, 1, *d);
    }
    int(&mut b, 2, FLOAT);
    string(&mut b, 8, &t.name);
    // raw_data is little-endian by the ONNX spec, whatever the host.
    key(&mut b, 9, 2);
    varint(&mut b, (t.data.len() * 4) as u64);
    for v in &t.data {
        b.extend_from_slice(&v.to_le_bytes());
    }
    b
}

fn value_info(v: &ValueInfo) -> Vec<u8> {
    let mut shape = Vec::new();
    for d in &v.dims {
        let mut dim = Vec::new();
        int(&mut dim, 1, *d);
        message(&mut shape, 1, &dim);
    }
    let mut tensor_type = Vec::new();
    int(&mut tensor_type, 1, FLOAT);
    message(&mut tensor_type, 2, &shape);
    let mut type_proto = Vec::new();
    message(&mut type_proto, 1, &tensor_type);
    let mut b = Vec::new();
    string(&mut b, 1, &v.name);
    message(&mut b, 2, &type_proto);
    b
}

fn varint(b: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        b.push((v as u8) | 0x80);
        v >>= 7;
    }
    b.push(v as u8);
}

fn key(b: &mut Vec<u8>, field: u32, wire: u8) {
    varint(b, (u64::from(field) << 3) | u64::from(wire));
}

fn int(b: &mut Vec<u8>, field: u32, v: i64) {
    key(b, field, 0);
    // Negative int64 values are ten-byte two's-complement varints in protobuf.
    varint(b, v as u64);
}

fn string(b: &mut Vec<u8>, field: u32, s: &str) {
    message(b, field, s.as_bytes());
}

fn message(b: &mut Vec<u8>, field: u32, bytes: &[u8]) {
    key(b, field, 2);
    varint(b, bytes.len() as u64);
    b.extend_from_slice(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_match_the_protobuf_spec() {
        let mut b = Vec::new();
        varint(&mut b, 300);
        assert_eq!(b, [0xac, 0x02]);
        let mut b = Vec::new();
        int(&mut b, 1, -1);
        assert_eq!(b.len(), 11, "key + ten bytes for a negative int64");
    }

    #[test]
    fn model_starts_with_ir_version_and_contains_names() {
        let g = Graph {
            name: "g".into(),
            nodes: vec![Node {
                op_type: "Relu".into(),
                name: "r".into(),
                inputs: vec!["x".into()],
                outputs: vec!["y".into()],
                attrs: vec![],
            }],
            initializers: vec![],
            inputs: vec![ValueInfo { name: "x".into(), dims: vec![1, 2] }],
            outputs: vec![ValueInfo { name: "y".into(), dims: vec![1, 2] }],
        };
        let bytes = g.to_model_bytes("test");
        assert_eq!(&bytes[..2], &[0x08, IR_VERSION as u8]);
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("Relu") && text.contains("test"));
    }
}
