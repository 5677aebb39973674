export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-xs leading-relaxed text-slate-500 sm:px-6">
        Draw Alerts is an independent tool, not affiliated with Immigration, Refugees and Citizenship Canada.
        Scores and eligibility are estimates from the information you enter; IRCC&apos;s own Express Entry system governs.
        Round data from IRCC&apos;s published rounds of invitations.
      </div>
    </footer>
  );
}
