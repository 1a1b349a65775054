using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Domain.Tests.Common;

/// <summary>Every number, currency and text has a documented range (issue: money integrity under hostile input).</summary>
public sealed class InputBoundsTests
{
    [Theory]
    [InlineData("bob\n", false)]
    [InlineData("appt-1\n", false)]
    [InlineData("bob\r\n", false)]
    [InlineData("bo\nb", false)]
    [InlineData("bob", true)]
    [InlineData("a.b_c-9", true)]
    public void An_id_ends_where_its_last_character_is_not_before_a_trailing_line_break(string id, bool valid) =>
        Assert.Equal(valid, Identifiers.IsValid(id));

    [Fact]
    public void Ids_are_at_most_64_characters() =>
        Assert.Equal((true, false), (Identifiers.IsValid(new string('a', 64)), Identifiers.IsValid(new string('a', 65))));

    [Theory]
    [InlineData(1_000_000_000_001L)]
    [InlineData(9_007_199_254_740_993L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Amounts_beyond_ten_to_the_twelve_minor_units_cannot_exist(long amount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(amount, "CAD"));
        Assert.False(Money.IsPositiveAmount(amount));
    }

    [Theory]
    [InlineData(3650, ExpiryUnit.Days, true)]
    [InlineData(3651, ExpiryUnit.Days, false)]
    [InlineData(521, ExpiryUnit.Weeks, true)]
    [InlineData(522, ExpiryUnit.Weeks, false)]
    [InlineData(120, ExpiryUnit.Months, true)]
    [InlineData(121, ExpiryUnit.Months, false)]
    [InlineData(3650, ExpiryUnit.Months, false)]
    public void A_default_expiry_is_at_most_ten_years_in_any_unit_so_sold_packages_expire_on_a_calendar_date(int count, ExpiryUnit unit, bool valid)
    {
        var policy = ExpiryPolicy.After(count, unit);

        Assert.Equal(valid, policy.IsSuccess);
        if (valid)
        {
            Assert.True(ClinicCalendar.IsInRange(policy.Value.LastDayFor(new DateOnly(2189, 12, 31))!.Value));
        }
    }

    [Fact]
    public void The_largest_amount_is_exact_as_a_double_so_json_readers_keep_it()
    {
        Assert.True(Money.MaxAmountMinor < (1L << 53));
        Assert.Equal(Money.MaxAmountMinor, (long)(double)Money.MaxAmountMinor);
        Assert.True(Money.IsPositiveAmount(Money.MaxAmountMinor));
    }

    [Fact]
    public void The_largest_price_is_accepted_and_gives_every_session_a_value() =>
        Assert.Equal(Money.MaxAmountMinor / 10, PackageTermsInputs.PricedAt(Money.MaxAmountMinor).Value.SessionValue(0).AmountMinor);

    [Theory]
    [InlineData("ZZZ", false)]
    [InlineData("cad", false)]
    [InlineData("XAU", false)] // gold: no minor unit, not money a clinic is paid in
    [InlineData("USN", false)] // a fund code
    [InlineData("XXX", false)]
    [InlineData("CAD", true)]
    [InlineData("JPY", true)]
    [InlineData("BHD", true)]
    public void Currencies_are_iso_4217_list_one_without_funds_metals_or_test_codes(string code, bool accepted) =>
        Assert.Equal(accepted, Money.IsCurrencyCode(code));

    [Theory]
    [InlineData("CAD", 2)]
    [InlineData("EUR", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("BHD", 3)]
    public void Minor_units_are_the_ones_iso_4217_gives(string code, int digits) => Assert.Equal(digits, Currencies.MinorUnits(code));

    [Theory]
    [InlineData("Maple\0Physio")]
    [InlineData("Maple\aPhysio")]
    [InlineData("line\nbreak")]
    [InlineData("\u0085next line")]
    [InlineData("   ")]
    public void Text_with_control_characters_or_nothing_printable_is_refused(string text) =>
        Assert.False(Text.IsValid(text, Text.MaxNameLength));

    [Fact]
    public void Text_with_a_lone_surrogate_is_refused() => Assert.False(Text.IsValid("lone " + (char)0xD800 + " surrogate", Text.MaxNameLength));

    [Fact]
    public void Ordinary_text_in_any_script_is_accepted() => Assert.True(Text.IsValid("Clinique Érable 🍁 — 楓", Text.MaxNameLength));

    [Fact]
    public void A_clinic_name_with_a_control_character_is_refused() =>
        Assert.Equal("validation-failed", Clinic.Create("maple", "Maple\u0007", "America/Toronto").Error!.Code);

    [Theory]
    [InlineData(1989, 12, 31)]
    [InlineData(2200, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Calendar_days_outside_1990_to_2199_are_refused(int year, int month, int day) =>
        Assert.False(ClinicCalendar.IsInRange(new DateOnly(year, month, day)));

    [Fact]
    public void In_apia_the_day_before_the_skipped_day_ends_when_the_clock_jumped()
    {
        // Samoa went from 2011-12-29 23:59:59 (UTC-10) to 2011-12-31 00:00:00 (UTC+14): 2011-12-30 never existed there.
        var apia = ClinicCalendar.FindZone("Pacific/Apia");

        Assert.Equal(DateTimeOffset.Parse("2011-12-30T10:00:00Z"), ClinicCalendar.EndOfDay(new DateOnly(2011, 12, 29), apia));
        Assert.Equal(DateTimeOffset.Parse("2011-12-30T10:00:00Z"), ClinicCalendar.EndOfDay(new DateOnly(2011, 12, 30), apia));
        Assert.Equal(DateTimeOffset.Parse("2011-12-29T10:00:00Z"), ClinicCalendar.EndOfDay(new DateOnly(2011, 12, 28), apia));
    }

    private static class PackageTermsInputs
    {
        public static Result<PackageTerms> PricedAt(long amount) =>
            PackageTerms.Create("Ten", new Money(amount, "CAD"), 10, ["massage"], null, ExpiryPolicy.Never, false);
    }
}
