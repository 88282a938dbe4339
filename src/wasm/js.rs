//! Reading the plain JS objects the API takes (options, fact sources, JSON tables,
//! dismissals) field by field with `Reflect`, instead of through serde: serde's
//! deserializers and the float formatting its error messages carry were ~40 KB of the
//! WebAssembly. Errors name the path of the bad value (`options.facts[1].csv`).
//! These run once per call, not per token: the browser build optimises them for size.

use crate::dismiss::Dismissal;
use crate::facts::{JsonCell, JsonRow};
use crate::Date;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

/// A JS value and where it sits in the argument, for error messages.
pub struct At<'a> {
    pub value: &'a JsValue,
    pub path: &'a str,
}

#[cfg_attr(claimcheck_small, optimize(size))]
fn error(path: &str, name: &str, want: &str) -> JsError {
    JsError::new(&format!("{path}.{name} must be {want}"))
}

impl At<'_> {
    /// Whether the value is missing (`undefined` or `null`).
    pub fn absent(&self) -> bool {
        self.value.is_undefined() || self.value.is_null()
    }

    /// The value must be an object (or absent, read as empty).
    pub fn object(&self) -> Result<(), JsError> {
        if self.absent() || self.value.is_object() && !Array::is_array(self.value) {
            Ok(())
        } else {
            Err(JsError::new(&format!("{} must be an object", self.path)))
        }
    }

    /// A field's value (`undefined` when absent).
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn field(&self, name: &str) -> JsValue {
        if self.absent() {
            return JsValue::UNDEFINED;
        }
        Reflect::get(self.value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    }

    /// An optional string field.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn string(&self, name: &str) -> Result<Option<String>, JsError> {
        let v = self.field(name);
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        v.as_string()
            .map(Some)
            .ok_or_else(|| error(self.path, name, "a string"))
    }

    /// A required string field.
    pub fn required(&self, name: &str) -> Result<String, JsError> {
        self.string(name)?
            .ok_or_else(|| error(self.path, name, "a string"))
    }

    /// An optional boolean field (absent: false).
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn flag(&self, name: &str) -> Result<bool, JsError> {
        let v = self.field(name);
        if v.is_undefined() || v.is_null() {
            return Ok(false);
        }
        v.as_bool()
            .ok_or_else(|| error(self.path, name, "true or false"))
    }

    /// An optional count (a whole number ≥ 0).
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn count(&self, name: &str) -> Result<Option<usize>, JsError> {
        let v = self.field(name);
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        match v.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= usize::MAX as f64 => {
                Ok(Some(n as usize))
            }
            _ => Err(error(self.path, name, "a whole number of at least 0")),
        }
    }

    /// Each item of an optional array field (absent: none), read by `read` at its own
    /// path (`options.facts[1]`).
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn each<T>(
        &self,
        name: &str,
        read: impl Fn(&At) -> Result<T, JsError>,
    ) -> Result<Vec<T>, JsError> {
        let v = self.field(name);
        if v.is_undefined() || v.is_null() {
            return Ok(Vec::new());
        }
        if !Array::is_array(&v) {
            return Err(error(self.path, name, "an array"));
        }
        // A loop, not `map(..).collect()`: the iterator adapters would be instantiated
        // outside this size-optimised function, with `read` inlined into them at speed.
        let mut items = Vec::new();
        for (i, item) in Array::from(&v).iter().enumerate() {
            items.push(read(&At {
                value: &item,
                path: &format!("{}.{name}[{i}]", self.path),
            })?);
        }
        Ok(items)
    }

    /// The object's own field names.
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn keys(&self) -> Vec<String> {
        if self.absent() {
            return Vec::new();
        }
        Object::keys(&Object::from(self.value.clone()))
            .iter()
            .filter_map(|k| k.as_string())
            .collect()
    }
}

/// A dismissal object (`{ text, fact_id, fact_as_of, reason, created? }`); unknown
/// fields are refused, as the CLI's dismissals file refuses them.
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn dismissal(at: &At) -> Result<Dismissal, JsError> {
    at.object()?;
    const FIELDS: [&str; 5] = ["text", "fact_id", "fact_as_of", "reason", "created"];
    if let Some(k) = at
        .keys()
        .into_iter()
        .find(|k| !FIELDS.contains(&k.as_str()))
    {
        return Err(JsError::new(&format!(
            "{}: unknown field \"{k}\"; a dismissal has {}",
            at.path,
            FIELDS.join(", ")
        )));
    }
    let date = |name: &str, s: String| {
        Date::parse(&s).ok_or_else(|| {
            JsError::new(&format!(
                "{}.{name}: \"{s}\" is not a date; write YYYY-MM-DD, e.g. 2025-11-03",
                at.path
            ))
        })
    };
    let created = match at.string("created")? {
        Some(s) if !s.trim().is_empty() => Some(date("created", s)?),
        _ => None,
    };
    Ok(Dismissal {
        text: at.required("text")?,
        fact_id: at.required("fact_id")?,
        fact_as_of: date("fact_as_of", at.required("fact_as_of")?)?,
        reason: at.required("reason")?,
        created,
    })
}

/// The rows of a JSON fact table (an array of objects whose values are strings,
/// numbers, lists of strings or null), already parsed by `JSON.parse`.
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn json_rows(value: &JsValue, name: &str) -> Result<Vec<JsonRow>, JsError> {
    let shape = || {
        JsError::new(&format!(
            "{name}: a JSON fact table is an array of objects with string values"
        ))
    };
    if !Array::is_array(value) {
        return Err(shape());
    }
    let mut rows = Vec::new();
    for (i, item) in Array::from(value).iter().enumerate() {
        if !item.is_object() || Array::is_array(&item) {
            return Err(shape());
        }
        let mut row = JsonRow::new();
        for entry in Object::entries(&Object::from(item)).iter() {
            let pair = Array::from(&entry);
            let key = pair.get(0).as_string().unwrap_or_default();
            let cell = json_cell(&pair.get(1)).ok_or_else(|| {
                JsError::new(&format!(
                    "{name}: row {}: \"{key}\" must be a string, a number, a list of strings or null",
                    i + 1
                ))
            })?;
            row.insert(key, cell);
        }
        rows.push(row);
    }
    Ok(rows)
}

#[cfg_attr(claimcheck_small, optimize(size))]
fn json_cell(v: &JsValue) -> Option<JsonCell> {
    if v.is_null() || v.is_undefined() {
        return Some(JsonCell::Null);
    }
    if let Some(s) = v.as_string() {
        return Some(JsonCell::Text(s));
    }
    if let Some(n) = v.as_f64() {
        return Some(JsonCell::Number(n));
    }
    if Array::is_array(v) {
        return Array::from(v)
            .iter()
            .map(|x| x.as_string())
            .collect::<Option<Vec<String>>>()
            .map(JsonCell::List);
    }
    None
}
