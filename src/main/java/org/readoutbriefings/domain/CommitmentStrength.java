package org.readoutbriefings.domain;

/**
 * How binding a commitment's wording is, as the G7/G20 Research Group grades it: strong for agreement or
 * decision to act ("agreed", "decided", "committed", "pledged", "will", "shall"), weak for reaffirming or
 * continuing ("reaffirmed", "will continue to", "shared the view").
 */
public enum CommitmentStrength {
    STRONG, WEAK;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
