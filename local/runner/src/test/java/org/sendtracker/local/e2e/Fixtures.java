package org.sendtracker.local.e2e;

/** An area whose contacts cover every role, so each email's audience shows in its address. */
final class Fixtures {

    static final String TESTSHIRE =
            """
            {"id":"testshire","name":"Testshire","contacts":[
              {"name":"Lead Officer","email":"lead@testshire.example","role":"LEAD_OFFICER"},
              {"name":"Director","email":"dcs@testshire.example","role":"DIRECTOR_OF_CHILDRENS_SERVICES"},
              {"name":"NHS Lead","email":"nhs@testshire.example","role":"NHS_LEAD"},
              {"name":"Chief Executive","email":"ceo@testshire.example","role":"CHIEF_EXECUTIVE"},
              {"name":"Parent Carer Forum","email":"forum@testshire.example","role":"PARENT_CARER_FORUM"}]}""";

    private Fixtures() {}
}
