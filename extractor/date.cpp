#include "extractor/date.h"

#include <charconv>
#include <cstdio>

namespace diplograph {

namespace {
bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}
}  // namespace

bool Date::IsValid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::string Date::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> Date::FromIso(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  Date d;
  auto parse = [&](size_t pos, size_t len, int* out) {
    auto [p, ec] = std::from_chars(iso.data() + pos, iso.data() + pos + len, *out);
    return ec == std::errc() && p == iso.data() + pos + len;
  };
  if (!parse(0, 4, &d.year) || !parse(5, 2, &d.month) || !parse(8, 2, &d.day)) return std::nullopt;
  if (!d.IsValid()) return std::nullopt;
  return d;
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
long Date::ToDays() const {
  const long y = month <= 2 ? year - 1 : year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

int Date::Weekday() const {
  long z = ToDays();  // 1970-01-01 was a Thursday (3 with Monday = 0)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

}  // namespace diplograph
