// Calendar dates (proleptic Gregorian), as xsd:date needs them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // "YYYY-MM-DD".
  std::string ToIso() const;
  // Parses "YYYY-MM-DD"; nullopt when malformed or not a real day.
  static std::optional<Date> FromIso(std::string_view iso);
  // Days since 1970-01-01 and back, for weekday and "last week" arithmetic.
  long ToDays() const;
  static Date FromDays(long days);
  // 0 = Monday .. 6 = Sunday.
  int Weekday() const;
  Date AddDays(long n) const { return FromDays(ToDays() + n); }
  bool IsValid() const;

  auto operator<=>(const Date&) const = default;
};

}  // namespace diplograph
