//! Composing number words into a value: the state of one number being read, and
//! how each class of word ([`NumClass`]) combines with what came before it.

use crate::lang::{NumClass, Numeral};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(super) enum Pending {
    #[default]
    None,
    /// After `and` / `linh`: a smaller number follows.
    And,
    /// After `one and`: only `a half` may follow.
    AndHalf,
    /// After `a`: a hundred, a scale or a half follows.
    Article,
    /// After `and a`: only `half` may follow.
    ArticleHalf,
    /// After Dutch `en` in a closed word: a tens word follows.
    OnesTens,
    /// After `point`: a decimal digit follows.
    Point,
}

/// The state of one number being composed.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Acc {
    total: f64,
    group: f64,
    /// The last scale applied (0 before any).
    last_scale: f64,
    hundred: bool,
    ten: bool,
    unit: bool,
    teen: bool,
    last_digit: f64,
    pub(super) pending: Pending,
    pub(super) atoms: u32,
    pub(super) weak: bool,
    pub(super) ordinal: bool,
    /// `half` at the start: a scale must follow (`half a million`).
    half_lead: bool,
    after_scale: bool,
    pub(super) tail: Option<(usize, f64)>,
    /// The place of the next decimal digit after `point` (0.1, 0.01, …); 0 before.
    decimal: f64,
}

impl Acc {
    pub(super) fn accepting(&self) -> bool {
        self.atoms > 0 && self.pending == Pending::None && !self.half_lead
    }

    pub(super) fn value(&self) -> f64 {
        self.total + self.group
    }

    /// Adds one number word read at token `tok`; false when it cannot continue.
    pub(super) fn feed(&mut self, n: &Numeral, tok: usize) -> bool {
        if self.ordinal {
            return false;
        }
        let p = self.pending;
        if !self.combine(n, tok, p) {
            return false;
        }
        self.settle(n, p);
        true
    }

    /// Combines word `n` with the number so far, by its class; `p` is what was pending.
    fn combine(&mut self, n: &Numeral, tok: usize, p: Pending) -> bool {
        use NumClass::*;
        let v = n.value;
        match n.class {
            Digit | DigitAfterTen | DigitNotAfterTen => self.digit(n, v, p),
            Teen | Ten | TenTimes | Hundred | And | OnesTens | Half if self.decimal > 0.0 => false,
            Teen => self.teen(v, p),
            Ten if p == Pending::OnesTens => {
                let ok = self.unit && !self.ten;
                if ok {
                    self.group += v;
                    self.ten = true;
                }
                ok
            }
            Ten => self.ten(v, p),
            TenTimes => {
                let ok = p == Pending::None && self.unit && !self.ten && self.last_digit >= 2.0;
                if ok {
                    self.group += self.last_digit * (v - 1.0);
                    (self.ten, self.unit) = (true, false);
                }
                ok
            }
            Hundred => self.hundred(n, v, p),
            Scale => self.scale(n, v, p, tok),
            Article => self.article(p),
            And => self.and(p),
            OnesTens => self.ones_tens(p),
            Half => self.half(v, p),
            Point => self.point(p),
        }
    }

    /// The bookkeeping after word `n` was taken, `p` pending before it.
    fn settle(&mut self, n: &Numeral, p: Pending) {
        use NumClass::*;
        if !matches!(n.class, Scale | Half | And | Article) {
            self.after_scale = false;
            if !matches!(n.class, And | Article | OnesTens) {
                self.tail = None;
            }
        }
        if !matches!(n.class, And | Article | OnesTens | Point) && self.pending == p {
            self.pending = Pending::None;
        }
        self.weak = self.atoms == 0 && n.weak;
        self.atoms += 1;
        if n.ordinal {
            self.ordinal = true;
            self.tail = None;
        }
    }

    fn teen(&mut self, v: f64, p: Pending) -> bool {
        let ok =
            !(self.ten || self.unit || self.half_lead) && matches!(p, Pending::None | Pending::And);
        if ok {
            self.group += v;
            (self.ten, self.unit, self.teen) = (true, true, true);
        }
        ok
    }

    fn ten(&mut self, v: f64, p: Pending) -> bool {
        let ok =
            !(self.ten || self.unit || self.half_lead) && matches!(p, Pending::None | Pending::And);
        if ok {
            self.group += v;
            self.ten = true;
        }
        ok
    }

    fn article(&mut self, p: Pending) -> bool {
        match p {
            Pending::None if self.atoms == 0 => {
                self.pending = Pending::Article;
                true
            }
            Pending::None if self.half_lead => true,
            Pending::And | Pending::AndHalf => {
                self.pending = Pending::ArticleHalf;
                true
            }
            _ => false,
        }
    }

    fn and(&mut self, p: Pending) -> bool {
        let after_hundred = self.hundred && !self.ten && !self.unit;
        let after_scale = self.after_scale && self.group == 0.0;
        if p != Pending::None || self.half_lead || self.atoms == 0 {
            false
        } else if after_hundred || after_scale {
            self.pending = Pending::And;
            true
        } else if self.unit || self.ten {
            self.pending = Pending::AndHalf;
            true
        } else {
            false
        }
    }

    /// Dutch `en` joins ones before tens (`vijf-en-veertig`) and, like `and`, a hundred
    /// or a scale to what follows (`honderd-en-drie`).
    fn ones_tens(&mut self, p: Pending) -> bool {
        let after_hundred = self.hundred && !self.ten && !self.unit;
        let after_scale = self.after_scale && self.group == 0.0;
        if p != Pending::None {
            false
        } else if self.unit && !self.ten && !self.teen {
            self.pending = Pending::OnesTens;
            true
        } else if after_hundred || after_scale {
            self.pending = Pending::And;
            true
        } else {
            false
        }
    }

    /// `one point four`: only after a whole number below a thousand, before any scale.
    fn point(&mut self, p: Pending) -> bool {
        let ok = p == Pending::None
            && self.decimal == 0.0
            && (self.unit || self.ten)
            && !self.after_scale
            && self.total == 0.0;
        if ok {
            self.pending = Pending::Point;
            self.decimal = 0.1;
        }
        ok
    }

    fn digit(&mut self, n: &Numeral, v: f64, p: Pending) -> bool {
        // A decimal digit after `point`.
        if self.decimal > 0.0 {
            let ok = matches!(p, Pending::Point | Pending::None) && v.fract() == 0.0 && v < 10.0;
            if ok {
                self.group += v * self.decimal;
                self.decimal /= 10.0;
            }
            return ok;
        }
        let class_ok = match n.class {
            // `hai mươi tư`, and after `linh` (`một trăm linh tư`, 104).
            NumClass::DigitAfterTen => (self.ten && !self.unit) || p == Pending::And,
            NumClass::DigitNotAfterTen => !self.ten,
            _ => true,
        };
        let fractional = v.fract() != 0.0;
        let ok = class_ok
            && !(self.unit || self.teen || self.half_lead)
            && matches!(p, Pending::None | Pending::And)
            && (!fractional || self.atoms == 0);
        if ok {
            self.group += v;
            self.unit = true;
            self.last_digit = v;
        }
        ok
    }

    fn hundred(&mut self, n: &Numeral, v: f64, p: Pending) -> bool {
        let zero = self.unit && self.last_digit == 0.0 && self.group == 0.0;
        let count = if p == Pending::Article || (n.bare && self.group == 0.0 && !self.unit) {
            1.0
        } else if (self.group > 0.0 && self.group < 100.0) || zero {
            self.group
        } else {
            return false;
        };
        if self.hundred || self.half_lead || !matches!(p, Pending::None | Pending::Article) {
            return false;
        }
        self.group = count * v;
        self.hundred = true;
        (self.ten, self.unit, self.teen) = (false, false, false);
        true
    }

    fn scale(&mut self, n: &Numeral, s: f64, p: Pending, tok: usize) -> bool {
        if !matches!(p, Pending::None | Pending::Article) {
            return false;
        }
        let g = if p == Pending::Article || (n.bare && self.group == 0.0 && !self.unit) {
            1.0
        } else {
            self.group
        };
        if self.last_scale == 0.0 || s < self.last_scale {
            if g == 0.0 {
                return false;
            }
            self.tail = (self.total == 0.0).then_some((tok, g));
            self.total += g * s;
        } else if s > self.last_scale {
            if !self.after_scale || self.group != 0.0 {
                self.tail = None;
            }
            self.total = (self.total + g) * s;
        } else {
            return false;
        }
        self.last_scale = s;
        self.group = 0.0;
        self.decimal = 0.0;
        self.hundred = false;
        (self.ten, self.unit, self.teen) = (false, false, false);
        self.half_lead = false;
        self.after_scale = true;
        true
    }

    fn half(&mut self, v: f64, p: Pending) -> bool {
        match p {
            // `half a million`, `een half miljoen`: a scale must follow.
            Pending::None if self.atoms == 0 => {
                self.group = v;
                self.half_lead = true;
                true
            }
            Pending::Article if self.atoms == 1 => {
                self.group = v;
                self.half_lead = true;
                self.pending = Pending::None;
                true
            }
            Pending::None if self.atoms == 1 && self.unit && self.group == 1.0 => {
                self.group = v;
                self.half_lead = true;
                true
            }
            // `tweeënhalf`: ones and a half, written together.
            Pending::OnesTens if self.unit && !self.ten => {
                self.group += v;
                self.pending = Pending::None;
                true
            }
            // `a million and a half`, `one and a half`, `hai triệu rưỡi`, `hai trăm rưỡi`.
            Pending::ArticleHalf | Pending::None => {
                if p == Pending::None && !(self.after_scale || self.hundred) {
                    return false;
                }
                if self.after_scale && self.group == 0.0 {
                    self.total += v * self.last_scale;
                    self.tail = self.tail.map(|(t, m)| (t, m + v));
                } else if self.hundred && !self.ten && !self.unit {
                    self.group += v * 100.0;
                } else if p == Pending::ArticleHalf {
                    self.group += v;
                } else {
                    return false;
                }
                self.pending = Pending::None;
                true
            }
            _ => false,
        }
    }
}
