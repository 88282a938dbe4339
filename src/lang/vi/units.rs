//! The Vietnamese currencies and units.

use crate::claim::Kind::{Amount, Duration, Multiple, Percent};
use crate::lang::words::{rows, Rows};
use crate::lang::{converts, unit, Position, UnitWord};
use Position::{After, Before, Either};

pub(super) const UNITS: &Rows<UnitWord> = rows![UnitWord;
    unit("US$", "USD", Amount, Before),
    unit("US $", "USD", Amount, Before),
    unit("USD", "USD", Amount, Either),
    unit("$", "USD", Amount, Before),
    unit("đô la Mỹ", "USD", Amount, After),
    unit("đô la", "USD", Amount, After),
    unit("đôla", "USD", Amount, After),
    unit("đô", "USD", Amount, After),
    unit("VND", "VND", Amount, Either),
    unit("VNĐ", "VND", Amount, Either),
    unit("đồng", "VND", Amount, After),
    unit("đ", "VND", Amount, After),
    unit("JPY", "JPY", Amount, Either),
    unit("¥", "JPY", Amount, Before),
    unit("yên Nhật", "JPY", Amount, After),
    unit("yên", "JPY", Amount, After),
    unit("EUR", "EUR", Amount, Either),
    unit("€", "EUR", Amount, Before),
    unit("euro", "EUR", Amount, After),
    unit("MW", "MW", Amount, After),
    unit("kWh", "kWh", Amount, After),
    unit("km2", "km2", Amount, After),
    unit("km²", "km2", Amount, After),
    unit("ha", "ha", Amount, After),
    unit("độ C", "°C", Amount, After),
    unit("mét", "m", Amount, After),
    unit("giây", "s", Duration, After),
    unit("héc-ta", "ha", Amount, After),
    unit("hecta", "ha", Amount, After),
    unit("tấn", "tonnes", Amount, After),
    unit("TEU", "TEU", Amount, After),
    unit("%", "%", Percent, After),
    unit("điểm phần trăm", "pp", Percent, After),
    converts("điểm cơ bản", "pp", Percent, 0.01),
    unit("phần trăm", "%", Percent, After),
    unit("lần", "x", Multiple, After),
    unit("năm", "years", Duration, After),
    unit("tháng", "months", Duration, After),
    unit("tuần", "weeks", Duration, After),
    // `2,5 giờ`; a whole number before `giờ` is a clock time (`7 giờ`).
    unit("giờ", "hours", Duration, After),
    converts("thập kỷ", "years", Duration, 10.0),
    converts("thập niên", "years", Duration, 10.0),
    converts("thế kỷ", "years", Duration, 100.0),
    converts("thế kỉ", "years", Duration, 100.0),
];
