package fr.infotools.mobile.sync;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

import org.json.JSONException;

/**
 * The state kept in one file of the app's private storage. A write goes to a temporary
 * file that then replaces the old one, so a crash mid-write leaves the previous state
 * whole.
 */
public final class StateFile {

	private final File file;

	public StateFile(File file) {
		this.file = file;
	}

	/** The state saved last; an empty state when there is none or it cannot be read. */
	public synchronized LocalState load() {
		if (!this.file.isFile()) {
			return LocalState.empty();
		}
		try (InputStream in = new FileInputStream(this.file)) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				bytes.write(buffer, 0, n);
			}
			return StateJson.read(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
		}
		catch (IOException | JSONException | IllegalArgumentException ex) {
			return LocalState.empty();
		}
	}

	public synchronized void save(LocalState state) throws IOException {
		File temporary = new File(this.file.getPath() + ".tmp");
		try (OutputStream out = new FileOutputStream(temporary)) {
			out.write(StateJson.write(state).getBytes(StandardCharsets.UTF_8));
			out.flush();
			((FileOutputStream) out).getFD().sync();
		}
		if (!temporary.renameTo(this.file)) {
			throw new IOException("Cannot replace " + this.file);
		}
	}

	public synchronized void delete() {
		this.file.delete();
	}

}
