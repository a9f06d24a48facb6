// Writes a synthetic corpus of diplomacy news for benchmarks: articles made
// from this file's own templates and actor lists (no real article text),
// with headlines, publication and date lines, datelines, titled people,
// capitals standing for governments, meetings, visits, summons, protests,
// appeals, warnings, condemnations, sanctions, signings, quotes, negated and
// hypothetical statements, background sentences and page furniture.
//
// Deterministic: the same --seed and --size-mb give the same bytes on every
// platform (a fixed generator, and no std:: distributions, whose results
// differ between standard libraries).
//
//   generate_corpus --size-mb 100 --format jsonl --out corpus.jsonl
//   generate_corpus --size-mb 100 --format dir --out corpus/
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

// SplitMix64: tiny, fast and the same everywhere.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  bool Chance(unsigned percent) { return Below(100) < percent; }
  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) { return items[Below(N)]; }

 private:
  uint64_t state_;
};

struct Country {
  const char* name;
  const char* demonym;
  const char* capital;
  const char* const* first_names;  // null-terminated
  const char* const* last_names;
};

// Names by region, so that people look like they belong to their country.
const char* const kEuropeanFirst[] = {"Anna", "Marek", "Claire", "Lukas", "Sofia", "Jonas", "Elena", "Pieter",
                                      "Ingrid", "Matteo", "Katarzyna", "Henrik", "Zoë", "José", nullptr};
const char* const kEuropeanLast[] = {"Keller", "Nowak", "Dubois", "Lindqvist", "Rossi", "Jansen", "Moreau",
                                     "Novák", "Fischer", "Costa", "Berg", "Schmitt", "Lehmann", nullptr};
const char* const kSlavicFirst[] = {"Andrei", "Sergei", "Olga", "Dmitry", "Irina", "Pavel", "Yelena", nullptr};
const char* const kSlavicLast[] = {"Volkov", "Sorokin", "Morozov", "Petrova", "Orlov", "Lebedev", "Kuznetsov", nullptr};
const char* const kEastAsianFirst[] = {"Hiroshi", "Yuki", "Kenji", "Wei", "Mei", "Jae-sung", "Min-jun", nullptr};
const char* const kEastAsianLast[] = {"Tanaka", "Sato", "Mori", "Zhang", "Liu", "Park", "Choi", "Yoon", nullptr};
const char* const kSouthAsianFirst[] = {"Ravi", "Priya", "Arjun", "Sunita", "Imran", "Farhan", nullptr};
const char* const kSouthAsianLast[] = {"Mehta", "Sharma", "Iyer", "Khan", "Chaudhry", "Rahman", nullptr};
const char* const kArabicFirst[] = {"Omar", "Layla", "Khalid", "Nadia", "Yusuf", "Samir", nullptr};
const char* const kArabicLast[] = {"Haddad", "Mansour", "Al-Sayed", "Khoury", "Nasser", "Aziz", nullptr};
const char* const kAfricanFirst[] = {"Amina", "Kwame", "Thandiwe", "Chidi", "Fatou", "Tendai", nullptr};
const char* const kAfricanLast[] = {"Otieno", "Mensah", "Dlamini", "Okafor", "Diallo", "Moyo", nullptr};
const char* const kAmericanFirst[] = {"Lucas", "Camila", "Daniel", "Sarah", "Mateo", "Emily", nullptr};
const char* const kAmericanLast[] = {"Silva", "Hernandez", "Carter", "Gomez", "Walsh", "Ortega", nullptr};

const Country kCountries[] = {
    {"Germany", "German", "Berlin", kEuropeanFirst, kEuropeanLast},
    {"France", "French", "Paris", kEuropeanFirst, kEuropeanLast},
    {"Italy", "Italian", "Rome", kEuropeanFirst, kEuropeanLast},
    {"Spain", "Spanish", "Madrid", kEuropeanFirst, kEuropeanLast},
    {"Poland", "Polish", "Warsaw", kEuropeanFirst, kEuropeanLast},
    {"Sweden", "Swedish", "Stockholm", kEuropeanFirst, kEuropeanLast},
    {"Norway", "Norwegian", "Oslo", kEuropeanFirst, kEuropeanLast},
    {"the Netherlands", "Dutch", "The Hague", kEuropeanFirst, kEuropeanLast},
    {"Russia", "Russian", "Moscow", kSlavicFirst, kSlavicLast},
    {"Ukraine", "Ukrainian", "Kyiv", kSlavicFirst, kSlavicLast},
    {"Japan", "Japanese", "Tokyo", kEastAsianFirst, kEastAsianLast},
    {"China", "Chinese", "Beijing", kEastAsianFirst, kEastAsianLast},
    {"South Korea", "South Korean", "Seoul", kEastAsianFirst, kEastAsianLast},
    {"North Korea", "North Korean", "Pyongyang", kEastAsianFirst, kEastAsianLast},
    {"India", "Indian", "New Delhi", kSouthAsianFirst, kSouthAsianLast},
    {"Pakistan", "Pakistani", "Islamabad", kSouthAsianFirst, kSouthAsianLast},
    {"Bangladesh", "Bangladeshi", "Dhaka", kSouthAsianFirst, kSouthAsianLast},
    {"Egypt", "Egyptian", "Cairo", kArabicFirst, kArabicLast},
    {"Jordan", "Jordanian", "Amman", kArabicFirst, kArabicLast},
    {"Qatar", "Qatari", "Doha", kArabicFirst, kArabicLast},
    {"Saudi Arabia", "Saudi", "Riyadh", kArabicFirst, kArabicLast},
    {"Iran", "Iranian", "Tehran", kArabicFirst, kArabicLast},
    {"Kenya", "Kenyan", "Nairobi", kAfricanFirst, kAfricanLast},
    {"Nigeria", "Nigerian", "Abuja", kAfricanFirst, kAfricanLast},
    {"Ghana", "Ghanaian", "Accra", kAfricanFirst, kAfricanLast},
    {"South Africa", "South African", "Pretoria", kAfricanFirst, kAfricanLast},
    {"Brazil", "Brazilian", "Brasilia", kAmericanFirst, kAmericanLast},
    {"Mexico", "Mexican", "Mexico City", kAmericanFirst, kAmericanLast},
    {"Canada", "Canadian", "Ottawa", kAmericanFirst, kAmericanLast},
    {"Argentina", "Argentine", "Buenos Aires", kAmericanFirst, kAmericanLast},
    {"the United States", "U.S.", "Washington", kAmericanFirst, kAmericanLast},
    {"Australia", "Australian", "Canberra", kEuropeanFirst, kEuropeanLast},
};

const char* const kOrganizations[] = {"the United Nations", "NATO", "the European Union", "the African Union",
                                      "ASEAN", "the International Atomic Energy Agency", "the World Health Organization",
                                      "the UN Security Council"};
const char* const kMinisterTitles[] = {"Foreign Minister", "Deputy Foreign Minister", "Defense Minister",
                                       "Trade Minister", "Prime Minister", "President"};
const char* const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};
const char* const kAgencies[] = {"Reuters", "AP", "AFP", "Yonhap", "Kyodo", "dpa"};
const char* const kTopics[] = {"fishing rights", "a border dispute", "energy supplies", "grain exports",
                               "the detention of two journalists", "drone incursions", "a naval exercise",
                               "visa rules", "a stalled trade deal", "cyber attacks on government networks",
                               "the status of a disputed island", "water sharing on a shared river"};
const char* const kAgreementKinds[] = {"Fisheries Cooperation Agreement", "Strategic Partnership Treaty",
                                       "Free Trade Agreement", "Maritime Security Accord",
                                       "Energy Cooperation Agreement", "Defense Cooperation Agreement"};
const char* const kFurniture[] = {"Share this article", "Advertisement", "Read more:", "Sign up for our newsletter",
                                  "Follow us on social media", "Most read", "Copyright 2025. All rights reserved.",
                                  "Click here to subscribe", "Related coverage", "Listen to this article"};

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

std::string Capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

const char* PickFrom(Random& rng, const char* const* items) {
  size_t n = 0;
  while (items[n] != nullptr) ++n;
  return items[rng.Below(n)];
}

// A person of a country: name, title, and the way the article refers back.
struct Person {
  std::string name;
  std::string surname;
  std::string title;
  const Country* country;
};

Person MakePerson(Random& rng, const Country& country) {
  Person p;
  std::string first = PickFrom(rng, country.first_names);
  p.surname = PickFrom(rng, country.last_names);
  p.name = first + " " + p.surname;
  p.title = rng.Pick(kMinisterTitles);
  p.country = &country;
  return p;
}

struct Date {
  int year, month, day;
  size_t weekday;  // of the publication day, 0 = Monday
};

std::string LongDate(const Date& d) { return std::string(kMonths[d.month - 1]) + " " + std::to_string(d.day); }

std::string IsoDate(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// One article. Every sentence kind is a template over the article's cast.
class ArticleWriter {
 public:
  ArticleWriter(Random& rng, const Date& date) : rng_(rng), date_(date) {
    a_ = &rng_.Pick(kCountries);
    do {
      b_ = &rng_.Pick(kCountries);
    } while (b_ == a_);
    do {
      c_ = &rng_.Pick(kCountries);
    } while (c_ == a_ || c_ == b_);
    pa_ = MakePerson(rng_, *a_);
    pb_ = MakePerson(rng_, *b_);
    spokesperson_ = MakePerson(rng_, *a_);
    envoy_ = MakePerson(rng_, *b_);
    agreement_ = std::string(Capitalized(a_->demonym)) + "-" + b_->demonym + " " + rng_.Pick(kAgreementKinds);
    topic_ = rng_.Pick(kTopics);
  }

  std::string Write() {
    std::string text = Headline() + "\n\n";
    text += (rng_.Chance(70) ? "Published: " : "Updated: ") + LongDate(date_) + ", " + std::to_string(date_.year) +
            "\n\n";
    if (rng_.Chance(30)) text += "By " + MakePerson(rng_, *a_).name + ", diplomatic correspondent\n\n";
    std::string paragraph = Upper(a_->capital) + ", " + LongDate(date_) + " (" + rng_.Pick(kAgencies) + ") - ";
    paragraph += Opening();
    text += paragraph + "\n\n";
    const size_t paragraphs = 5 + rng_.Below(8);
    for (size_t i = 0; i < paragraphs; ++i) {
      std::string para;
      const size_t sentences = 1 + rng_.Below(4);
      for (size_t s = 0; s < sentences; ++s) para += (s ? " " : "") + Sentence();
      text += para + "\n\n";
      if (rng_.Chance(15)) text += std::string(rng_.Pick(kFurniture)) + "\n\n";
    }
    if (rng_.Chance(50)) text += "(Reporting by " + MakePerson(rng_, *a_).name + "; Editing by " +
                                 MakePerson(rng_, *b_).name + ")\n";
    text += std::string(rng_.Pick(kFurniture)) + "\n";
    return text;
  }

 private:
  std::string Day() {
    switch (rng_.Below(5)) {
      case 0: return "on " + LongDate(date_);
      case 1: return "last week";
      case 2: return "earlier this month";
      default: return std::string("on ") + kWeekdays[(date_.weekday + 7 - rng_.Below(3)) % 7];
    }
  }
  std::string Titled(const Person& p) { return std::string(p.country->demonym) + " " + p.title + " " + p.name; }

  std::string Headline() {
    switch (rng_.Below(5)) {
      case 0: return Capitalized(a_->name) + " summons " + b_->demonym + " envoy over " + topic_;
      case 1: return Capitalized(a_->name) + " and " + b_->name + " sign " + rng_.Pick(kAgreementKinds);
      case 2: return Capitalized(a_->demonym) + " minister warns " + b_->name + " as tensions rise";
      case 3: return Capitalized(a_->name) + " imposes sanctions on " + b_->demonym + " firms";
      default: return "Talks in " + std::string(a_->capital) + " end without a deal on " + topic_;
    }
  }

  std::string Opening() {
    switch (rng_.Below(4)) {
      case 0:
        return Titled(pa_) + " met " + Titled(pb_) + " in " + a_->capital + " " + Day() + " to discuss " + topic_ + ".";
      case 1:
        return Capitalized(a_->name) + " summoned " + b_->demonym + " Ambassador " + envoy_.name + " " + Day() +
               " to protest against " + topic_ + ", the foreign ministry said.";
      case 2:
        return Titled(pa_) + " visited " + b_->capital + " " + Day() + " for talks on " + topic_ + ".";
      default:
        return Capitalized(a_->name) + " and " + b_->name + " signed the " + agreement_ + " " + Day() +
               ", officials said.";
    }
  }

  std::string Quote() {
    static const char* const kQuotes[] = {
        "We will not accept any action that threatens the security of our citizens",
        "Dialogue remains the only way forward, and our door is open",
        "This agreement shows that neighbours can settle hard questions at the table",
        "Such provocations cannot go unanswered",
        "We expect our partners to respect international law",
        "The situation on the ground remains extremely worrying",
    };
    return std::string("\"") + rng_.Pick(kQuotes) + ",\" " + pa_.surname + " told reporters.";
  }

  std::string Sentence() {
    const std::string capital_a = a_->capital;
    // Each template at most once per article while unused ones remain.
    size_t kind = rng_.Below(32);
    for (int tries = 0; tries < 16 && (used_ >> kind & 1) != 0; ++tries) kind = rng_.Below(32);
    used_ |= uint64_t{1} << kind;
    switch (kind) {
      case 0: return pa_.surname + " also met " + Titled(pb_) + " " + Day() + ".";
      case 1: return "The two ministers held talks on " + topic_ + " and agreed to meet again next month.";
      case 2: return Capitalized(b_->name) + "'s foreign ministry said it had summoned the " + a_->demonym +
                     " ambassador " + Day() + ".";
      case 3: return Capitalized(a_->name) + " lodged a formal protest with " + b_->name + " over " + topic_ + ".";
      case 4: return Titled(spokesperson_) + " urged " + b_->name + " to return to negotiations.";
      case 5: return capital_a + " warned " + b_->name + " that it would respond to any further provocation.";
      case 6: return Capitalized(c_->name) + " condemned the attack " + Day() + ", calling it a violation of " +
                     "international law.";
      case 7: return Capitalized(a_->demonym) + " officials voiced concern about " + b_->name + "'s military "
                     "cooperation with " + c_->name + ".";
      case 8: return Capitalized(a_->name) + " imposed sanctions on three " + b_->demonym +
                     " companies accused of supplying drones.";
      case 9: return pb_.surname + " and " + pa_.surname + " signed the " + agreement_ + " in " + capital_a + ".";
      case 10: return Capitalized(a_->name) + " agreed with " + b_->name + " to continue dialogue on " + topic_ + ".";
      case 11: return Capitalized(b_->name) + " and " + c_->name + " have expanded military cooperation since " +
                      "last year, analysts say.";
      case 12: return Quote();
      case 13: return Capitalized(a_->name) + " could consider supplying weapons to " + c_->name +
                      " if the talks fail, one official said.";
      case 14: return "The agreement is not directed at " + std::string(c_->name) + ", " + pa_.surname + " said.";
      case 15: return std::string("The meeting was the first between the two sides since ") + kMonths[rng_.Below(12)] +
                      ", when relations soured over " + rng_.Pick(kTopics) + ".";
      case 16: return Capitalized(rng_.Pick(kOrganizations)) + " called on both sides to show restraint.";
      case 17: return "Trade between " + std::string(a_->name) + " and " + b_->name + " reached " +
                      std::to_string(10 + rng_.Below(90)) + " billion dollars last year, according to official data.";
      case 18: return "Ambassador " + envoy_.name + " was handed a note listing " + std::to_string(5 + rng_.Below(40)) +
                      " incidents since January.";
      case 19: return pa_.surname + " is due to travel to " + c_->capital + " " + "next week for a summit of " +
                      rng_.Pick(kOrganizations) + ".";
      case 20: return "The talks were overshadowed by " + std::string(rng_.Pick(kTopics)) + ", which " +
                      "diplomats said had strained relations for more than a decade.";
      case 21: return "Officials in both capitals said the new arrangement could pave the way for a wider deal, "
                      "although no further talks have been scheduled.";
      default: return Background();
    }
  }

  // Sentences with no relation in them, as most of a news article is.
  std::string Background() {
    size_t kind = rng_.Below(10);
    for (int tries = 0; tries < 8 && (used_ >> (32 + kind) & 1) != 0; ++tries) kind = rng_.Below(10);
    used_ |= uint64_t{1} << (32 + kind);
    switch (kind) {
      case 0: return "Analysts said the dispute over " + topic_ + " was unlikely to be resolved before the " +
                     "elections expected next year.";
      case 1: return "The " + std::string(a_->demonym) + " economy grew by " + std::to_string(1 + rng_.Below(5)) +
                     " percent last year, driven largely by exports of machinery and farm goods.";
      case 2: return "Both governments have said they want to double trade by 2030, a goal that business groups "
                     "describe as ambitious but achievable.";
      case 3: return "The issue has dominated headlines in " + std::string(a_->capital) + " for weeks, and "
                     "opposition parties have demanded a tougher line.";
      case 4: return "\"There is a real risk of miscalculation,\" said a researcher at a think tank in " +
                     std::string(c_->capital) + ", who asked not to be named.";
      case 5: return "Relations between the two countries have swung between cooperation and rivalry since "
                     "they established diplomatic ties in " + std::to_string(1950 + rng_.Below(60)) + ".";
      case 6: return "Hundreds of people gathered outside the parliament building on " +
                     std::string(kWeekdays[rng_.Below(7)]) + " evening, some carrying flags and banners.";
      case 7: return "The ministry did not give further details, and calls to its press office went unanswered.";
      case 8: return "Shares of shipping companies fell sharply after the announcement, before recovering "
                     "some of their losses by the close of trading.";
      default: return "Earlier in the day, the delegation toured a port facility and a renewable energy project "
                      "on the outskirts of the city.";
    }
  }

  Random& rng_;
  Date date_;
  const Country* a_;
  const Country* b_;
  const Country* c_;
  Person pa_, pb_, spokesperson_, envoy_;
  std::string agreement_;
  std::string topic_;
  uint64_t used_ = 0;  // sentence templates used so far (bit per kind)
};

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

int Usage() {
  std::fprintf(stderr,
               "usage: generate_corpus [--size-mb N] [--seed S] [--format jsonl|dir] --out PATH\n"
               "  writes about N megabytes (10^6 bytes) of synthetic diplomacy news: one JSON Lines\n"
               "  file, or a directory of text files in subdirectories of 1000\n");
  return 2;
}

struct Options {
  double size_mb = 100;
  uint64_t seed = 1;
  std::string format = "jsonl";
  std::string out;
};

bool ParseOptions(int argc, char** argv, Options* options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view flag = argv[i];
    if (i + 1 >= argc) return false;
    const char* value = argv[++i];
    if (flag == "--size-mb") {
      options->size_mb = std::strtod(value, nullptr);
    } else if (flag == "--seed") {
      options->seed = std::strtoull(value, nullptr, 10);
    } else if (flag == "--format") {
      options->format = value;
    } else if (flag == "--out") {
      options->out = value;
    } else {
      return false;
    }
  }
  return !options->out.empty() && options->size_mb > 0 && (options->format == "jsonl" || options->format == "dir");
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!ParseOptions(argc, argv, &options)) return Usage();
  const auto target = static_cast<uint64_t>(options.size_mb * 1e6);
  Random rng(options.seed);
  FILE* jsonl = nullptr;
  if (options.format == "jsonl") {
    jsonl = std::fopen(options.out.c_str(), "wb");
    if (jsonl == nullptr) {
      std::fprintf(stderr, "generate_corpus: cannot write %s: %s\n", options.out.c_str(), std::strerror(errno));
      return 1;
    }
  }
  uint64_t written = 0;
  // Publication days walk forward from 1 January 2024 (a Monday).
  Date date{2024, 1, 1, 0};
  static const int kDaysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (size_t n = 1; written < target; ++n) {
    if (rng.Chance(8)) {
      date.weekday = (date.weekday + 1) % 7;
      const bool leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0);
      if (++date.day > kDaysIn[date.month - 1] - (date.month == 2 && !leap ? 1 : 0)) {
        date.day = 1;
        if (++date.month > 12) {
          date.month = 1;
          ++date.year;
        }
      }
    }
    const std::string text = ArticleWriter(rng, date).Write();
    char id[32];
    std::snprintf(id, sizeof id, "article-%07zu", n);
    if (jsonl != nullptr) {
      const std::string line = "{\"id\": \"" + std::string(id) + "\", \"date\": \"" + IsoDate(date) +
                               "\", \"url\": \"https://news.example.org/" + IsoDate(date) + "/" + id +
                               "\", \"text\": " + JsonString(text) + "}\n";
      if (std::fwrite(line.data(), 1, line.size(), jsonl) != line.size()) {
        std::fprintf(stderr, "generate_corpus: cannot write %s\n", options.out.c_str());
        return 1;
      }
      written += line.size();
    } else {
      char sub[32];
      std::snprintf(sub, sizeof sub, "%04zu", n / 1000);
      const fs::path dir = fs::path(options.out) / sub;
      std::error_code ec;
      fs::create_directories(dir, ec);
      FILE* f = std::fopen((dir / (std::string(id) + ".txt")).c_str(), "wb");
      if (f == nullptr || std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fclose(f) != 0) {
        std::fprintf(stderr, "generate_corpus: cannot write into %s\n", dir.c_str());
        return 1;
      }
      written += text.size();
    }
  }
  if (jsonl != nullptr && std::fclose(jsonl) != 0) {
    std::fprintf(stderr, "generate_corpus: cannot write %s\n", options.out.c_str());
    return 1;
  }
  return 0;
}
