//! A small reader for the compiled content (the postcard format written by `build.rs`).
//!
//! The app used to decode content with serde, which generated about 60 KB of wasm for the model's ~50 types, most
//! of it error paths. This reader has one error flag instead: any short or malformed input sets it, later reads
//! return empty values, and the caller checks [`Reader::finish`] once. Shared with `build.rs` through `#[path]`.

/// Reads values in postcard's layout: unsigned integers as LEB128 varints, strings and sequences as a varint
/// length and then the items, `Option` and `bool` as one byte, structs as their fields in declaration order.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    failed: bool,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0, failed: false }
    }

    /// Whether everything read was well formed and every byte was used.
    pub fn finish(self) -> bool {
        !self.failed && self.at == self.bytes.len()
    }

    pub fn fail(&mut self) {
        self.failed = true;
        self.at = self.bytes.len();
    }

    pub fn byte(&mut self) -> u8 {
        match self.bytes.get(self.at) {
            Some(b) => {
                self.at += 1;
                *b
            }
            None => {
                self.fail();
                0
            }
        }
    }

    #[inline(never)]
    pub fn varint(&mut self) -> u32 {
        let mut value: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte();
            value |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
            if b & 0x80 == 0 {
                return value;
            }
        }
        self.fail();
        0
    }

    /// A length, never more than the bytes left: a tampered length cannot make us reserve gigabytes.
    pub fn read_len(&mut self) -> usize {
        let n = self.varint() as usize;
        if n > self.bytes.len() - self.at {
            self.fail();
            return 0;
        }
        n
    }

    fn take(&mut self, n: usize) -> &'a [u8] {
        let slice = &self.bytes[self.at..self.at + n];
        self.at += n;
        slice
    }
}

/// A value that can be read from compiled content.
pub trait Decode: Sized {
    fn decode(r: &mut Reader) -> Self;
}

impl Decode for String {
    // Not inlined: the model reads about 400 strings, and one shared copy of this is much smaller than 400.
    #[inline(never)]
    fn decode(r: &mut Reader) -> Self {
        let n = r.read_len();
        match std::str::from_utf8(r.take(n)) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                r.fail();
                String::new()
            }
        }
    }
}

impl Decode for u8 {
    fn decode(r: &mut Reader) -> Self {
        r.byte()
    }
}

impl Decode for u32 {
    fn decode(r: &mut Reader) -> Self {
        r.varint()
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader) -> Self {
        match r.byte() {
            0 => false,
            1 => true,
            _ => {
                r.fail();
                false
            }
        }
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader) -> Self {
        bool::decode(r).then(|| T::decode(r))
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(r: &mut Reader) -> Self {
        let n = r.read_len();
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(T::decode(r));
        }
        items
    }
}

impl<A: Decode, B: Decode> Decode for (A, B) {
    fn decode(r: &mut Reader) -> Self {
        let a = A::decode(r);
        (a, B::decode(r))
    }
}

/// Reads a whole value; `None` unless the bytes were exactly one well-formed value.
pub fn from_bytes<T: Decode>(bytes: &[u8]) -> Option<T> {
    let mut reader = Reader::new(bytes);
    let value = T::decode(&mut reader);
    reader.finish().then_some(value)
}

/// Declares a content struct and its reader, which reads the fields in declaration order (the order serde writes
/// them). Declaring both in one place means the reader cannot fall out of step with the fields.
///
/// The reader mirrors what serde writes only while serde writes every field, in order, as itself. So the serde
/// attributes that change that (`skip`, `skip_serializing_if`, `flatten`, `with`, `serialize_with`, `transparent`,
/// `into`, …) stop the build with a message that says so. The ones that only change how the TOML files are read
/// are allowed: `default`, `rename`, `rename_all` and `deny_unknown_fields`. Other attributes pass unchanged.
/// (`tests/content.rs` compiles a struct with a refused attribute and checks the message.)
macro_rules! content_struct {
    (@mirrorable serde($($argument:tt)*)) => {
        content_struct!(@serde $($argument)*);
    };
    (@mirrorable $($other:tt)*) => {};
    (@serde) => {};
    (@serde default $(= $path:literal)? $(, $($rest:tt)*)?) => {
        content_struct!(@serde $($($rest)*)?);
    };
    (@serde deny_unknown_fields $(, $($rest:tt)*)?) => {
        content_struct!(@serde $($($rest)*)?);
    };
    (@serde rename = $name:literal $(, $($rest:tt)*)?) => {
        content_struct!(@serde $($($rest)*)?);
    };
    (@serde rename_all = $case:literal $(, $($rest:tt)*)?) => {
        content_struct!(@serde $($($rest)*)?);
    };
    (@serde $($refused:tt)*) => {
        compile_error!(concat!(
            "content_struct! cannot mirror #[serde(",
            stringify!($($refused)*),
            ")]: the content reader (decode.rs) reads every field, in declaration order; only default, rename, \
             rename_all and deny_unknown_fields are allowed (they change how the TOML is read, not what is written)"
        ));
    };
    ($(#[$($meta:tt)*])* pub struct $name:ident { $( $(#[$($field_meta:tt)*])* pub $field:ident : $ty:ty ),* $(,)? }) => {
        $( content_struct!(@mirrorable $($meta)*); )*
        $( $( content_struct!(@mirrorable $($field_meta)*); )* )*

        $(#[$($meta)*])*
        pub struct $name { $( $(#[$($field_meta)*])* pub $field: $ty ),* }

        impl Decode for $name {
            fn decode(r: &mut Reader) -> Self {
                Self { $( $field: Decode::decode(r) ),* }
            }
        }
    };
}
pub(crate) use content_struct;
