package fr.infotools.mobile.app;

import android.app.job.JobInfo;
import android.app.job.JobParameters;
import android.app.job.JobScheduler;
import android.app.job.JobService;
import android.content.ComponentName;
import android.content.Context;

import fr.infotools.mobile.sync.SyncResult;

/**
 * Sends the changes made offline, and reads the agenda again, as soon as a network is
 * available, even when the app is closed.
 */
public class SyncJobService extends JobService {

	static final int JOB_ID = 1;

	/** Asks the system to run a synchronisation once the phone is online. */
	static void scheduleWhenOnline(Context context) {
		JobInfo job = new JobInfo.Builder(JOB_ID, new ComponentName(context, SyncJobService.class))
			.setRequiredNetworkType(JobInfo.NETWORK_TYPE_ANY)
			.setPersisted(true)
			.build();
		context.getSystemService(JobScheduler.class).schedule(job);
	}

	@Override
	public boolean onStartJob(JobParameters params) {
		AppServices services = InfoToolsApp.services(this);
		if (!services.isLoggedIn()) {
			return false;
		}
		services.syncInBackground((result) -> jobFinished(params, result.outcome() == SyncResult.Outcome.OFFLINE));
		return true;
	}

	@Override
	public boolean onStopJob(JobParameters params) {
		return true;
	}

}
