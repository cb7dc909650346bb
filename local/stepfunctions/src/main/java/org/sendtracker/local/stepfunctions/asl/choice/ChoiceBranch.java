package org.sendtracker.local.stepfunctions.asl.choice;

/** A top-level Choice Rule with the state it leads to. */
public record ChoiceBranch(ChoiceRule rule, String next) {}
