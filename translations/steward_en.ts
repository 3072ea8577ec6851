<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ThreadDocument</name>
    <message numerus="yes">
        <source>flagged (%n)</source>
        <translation>
            <numerusform>flagged (%n)</numerusform>
            <numerusform>flagged (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>♥ %n</source>
        <translation>
            <numerusform>♥ %n</numerusform>
            <numerusform>♥ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::AuditPane</name>
    <message numerus="yes">
        <source>%n entries, %1 from Steward; double-click one to open its user, post or topic on the site</source>
        <translation>
            <numerusform>%n entry, %1 from Steward; double-click one to open its user, post or topic on the site</numerusform>
            <numerusform>%n entries, %1 from Steward; double-click one to open its user, post or topic on the site</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::BulkCloseDialog</name>
    <message numerus="yes">
        <source>%n topic(s) had no activity for %1 days or more. These, and only these, will change:</source>
        <translation>
            <numerusform>%n topic had no activity for %1 days or more. This, and only this, will change:</numerusform>
            <numerusform>%n topics had no activity for %1 days or more. These, and only these, will change:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n topic(s)</source>
        <translation>
            <numerusform>Archive %n topic</numerusform>
            <numerusform>Archive %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %n topic(s)</source>
        <translation>
            <numerusform>Close %n topic</numerusform>
            <numerusform>Close %n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::DashboardPane</name>
    <message numerus="yes">
        <source>p90 %1 · mean %2 · %n topics</source>
        <translation>
            <numerusform>p90 %1 · mean %2 · %n topic</numerusform>
            <numerusform>p90 %1 · mean %2 · %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, compared with the %n days before · as of the last sync · computed in %3 ms</source>
        <translation>
            <numerusform>%1 to %2, compared with the %n day before · as of the last sync · computed in %3 ms</numerusform>
            <numerusform>%1 to %2, compared with the %n days before · as of the last sync · computed in %3 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::DrillDownPanel</name>
    <message numerus="yes">
        <source>%1 (%n topics)</source>
        <translation>
            <numerusform>%1 (%n topic)</numerusform>
            <numerusform>%1 (%n topics)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ItemDetailView</name>
    <message numerus="yes">
        <source>Load images (%n)</source>
        <translation>
            <numerusform>Load images (%n)</numerusform>
            <numerusform>Load images (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n like(s) received</source>
        <translation>
            <numerusform>%n like received</numerusform>
            <numerusform>%n likes received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message numerus="yes">
        <source>Undone, not sent: %n</source>
        <translation>
            <numerusform>Undone, not sent: %n</numerusform>
            <numerusform>Undone, not sent: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decisions queued: %n</source>
        <translation>
            <numerusform>Decisions queued: %n</numerusform>
            <numerusform>Decisions queued: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy matches the community&apos;s own totals in all %n check(s).</source>
        <translation>
            <numerusform>The copy matches the community&apos;s own totals in its %n check.</numerusform>
            <numerusform>The copy matches the community&apos;s own totals in all %n checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy differs from the community&apos;s own totals in %n place(s):</source>
        <translation>
            <numerusform>The copy differs from the community&apos;s own totals in %n place:</numerusform>
            <numerusform>The copy differs from the community&apos;s own totals in %n places:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, %n s left</numerusform>
            <numerusform>, %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n min left</source>
        <translation>
            <numerusform>, about %n min left</numerusform>
            <numerusform>, about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n decision(s) before closing… Close again to send them at the next start.</source>
        <translation>
            <numerusform>Sending %n decision before closing… Close again to send it at the next start.</numerusform>
            <numerusform>Sending %n decisions before closing… Close again to send them at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::MovePostsDialog</name>
    <message numerus="yes">
        <source>Move %n post(s)</source>
        <translation>
            <numerusform>Move %n post</numerusform>
            <numerusform>Move %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::PenaltyDialog</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::QueuePane</name>
    <message numerus="yes">
        <source>%1: %n items sent in a few seconds</source>
        <translation>
            <numerusform>%1: %n item sent in a few seconds</numerusform>
            <numerusform>%1: %n items sent in a few seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unclaimed: %n</source>
        <translation>
            <numerusform>Unclaimed: %n</numerusform>
            <numerusform>Unclaimed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claimed: %n</source>
        <translation>
            <numerusform>Claimed: %n</numerusform>
            <numerusform>Claimed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ThreadsPane</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n post(s)…</source>
        <translation>
            <numerusform>Move %n post…</numerusform>
            <numerusform>Move %n posts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n post(s) into topic %1</source>
        <translation>
            <numerusform>Moving %n post into topic %1</numerusform>
            <numerusform>Moving %n posts into topic %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n post(s) to “%1”</source>
        <translation>
            <numerusform>Moving %n post to “%1”</numerusform>
            <numerusform>Moving %n posts to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archiving %n stale topic(s)</source>
        <translation>
            <numerusform>Archiving %n stale topic</numerusform>
            <numerusform>Archiving %n stale topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closing %n stale topic(s)</source>
        <translation>
            <numerusform>Closing %n stale topic</numerusform>
            <numerusform>Closing %n stale topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::TopicListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n mo</numerusform>
            <numerusform>%n mo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n flagged</numerusform>
            <numerusform>%n flagged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::reports::ReportFiles</name>
    <message numerus="yes">
        <source>… and %n more rows, in the spreadsheet and CSV exports.</source>
        <translation>
            <numerusform>… and %n more row, in the spreadsheet and CSV exports.</numerusform>
            <numerusform>… and %n more rows, in the spreadsheet and CSV exports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::reports::Transparency</name>
    <message numerus="yes">
        <source>%n rows from %1</source>
        <translation>
            <numerusform>%n row from %1</numerusform>
            <numerusform>%n rows from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stewardctl</name>
    <message numerus="yes">
        <source>%n item(s) the server named could not be fetched</source>
        <translation>
            <numerusform>%n item the server named could not be fetched</numerusform>
            <numerusform>%n items the server named could not be fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read and are stored as unknown</source>
        <translation>
            <numerusform>%n value could not be read and is stored as unknown</numerusform>
            <numerusform>%n values could not be read and are stored as unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) in %1 checks</source>
        <translation>
            <numerusform>%n difference in %1 checks</numerusform>
            <numerusform>%n differences in %1 checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first sync through Data Explorer: %n query run(s)</source>
        <translation>
            <numerusform>first sync through Data Explorer: %n query run</numerusform>
            <numerusform>first sync through Data Explorer: %n query runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>far behind, so caught up through Data Explorer: %n query run(s)</source>
        <translation>
            <numerusform>far behind, so caught up through Data Explorer: %n query run</numerusform>
            <numerusform>far behind, so caught up through Data Explorer: %n query runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n due</source>
        <translation>
            <numerusform>, %n due</numerusform>
            <numerusform>, %n due</numerusform>
        </translation>
    </message>
</context>
</TS>
