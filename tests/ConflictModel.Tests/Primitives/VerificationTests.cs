using System;
using ConflictModel;

namespace ConflictModel.Tests.Primitives;

public class VerificationTests
{
    [Fact]
    public void UnverifiedByReuters()
    {
        // "Reuters could not immediately verify the report."
        Verification verification = Verification.Unverified("Reuters");

        Assert.Equal(VerificationStatus.Unverified, verification.Status);
        Assert.Equal("Reuters", verification.By);
        Assert.Null(verification.Note);
    }

    [Fact]
    public void ConstructorKeepsStatusAndInitProperties()
    {
        var verification = new Verification(VerificationStatus.Denied) { By = "Russia", Note = "called the report a provocation" };

        Assert.Equal(VerificationStatus.Denied, verification.Status);
        Assert.Equal("Russia", verification.By);
        Assert.Equal("called the report a provocation", verification.Note);
    }

    [Fact]
    public void HelpersSetTheirStatus()
    {
        Assert.Equal(VerificationStatus.Confirmed, Verification.Confirmed().Status);
        Assert.Equal(VerificationStatus.Claimed, Verification.Claimed("Ukraine").Status);
        Assert.Equal(VerificationStatus.Unverified, Verification.Unverified().Status);
        Assert.Equal(VerificationStatus.Disputed, Verification.Disputed().Status);
        Assert.Equal(VerificationStatus.Denied, Verification.Denied("Russia").Status);
    }

    [Fact]
    public void HelpersDefaultByToNull()
    {
        Assert.Null(Verification.Confirmed().By);
        Assert.Equal("Ukraine", Verification.Claimed("Ukraine").By);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public void OutOfRangeStatusThrows(int rawStatus)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("status", () => new Verification((VerificationStatus)rawStatus));

        Assert.Equal((VerificationStatus)rawStatus, ex.ActualValue);
    }

    [Fact]
    public void EqualVerificationsAreEqualAndHaveEqualHashCodes()
    {
        Assert.Equal(Verification.Denied("Russia"), Verification.Denied("Russia"));
        Assert.Equal(Verification.Denied("Russia").GetHashCode(), Verification.Denied("Russia").GetHashCode());
    }

    [Fact]
    public void DifferentStatusOrSourceIsNotEqual()
    {
        Assert.NotEqual(Verification.Denied("Russia"), Verification.Disputed("Russia"));
        Assert.NotEqual(Verification.Denied("Russia"), Verification.Denied("Ukraine"));
    }
}
